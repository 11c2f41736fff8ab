package vn.ocop.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.entity.Auditable;

/** The plan's target for a year and an audience: the share (in %) to be trained by the end of the year. */
@Entity
@Table(name = "training_target")
@NamedQuery(name = CoverageTarget.ALL, query = "SELECT t FROM CoverageTarget t ORDER BY t.year, t.audience")
@NamedQuery(name = CoverageTarget.OF, query = "SELECT t FROM CoverageTarget t WHERE t.year = :year AND t.audience = :audience")
public class CoverageTarget implements Auditable {

    public static final String ALL = "CoverageTarget.all";
    public static final String OF = "CoverageTarget.of";

    @Id
    @SequenceGenerator(name = "seq_training_target", sequenceName = "seq_training_target", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_training_target")
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Audience audience;

    @Column(name = "target_percent", nullable = false)
    private int percent;

    @Version
    private long version;

    protected CoverageTarget() {
    }

    public CoverageTarget(int year, Audience audience, Integer percent) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("year", "training.target.year");
        }
        if (audience == null) {
            throw BusinessException.onField("audience", "error.required");
        }
        this.year = year;
        this.audience = audience;
        aim(percent);
    }

    public final void aim(Integer percent) {
        if (percent == null || percent < 0 || percent > 100) {
            throw BusinessException.onField("percent", "training.target.range");
        }
        this.percent = percent;
    }

    @Override
    public String auditType() {
        return "TrainingTarget";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "year=" + year + "; audience=" + audience + "; percent=" + percent;
    }

    public int getYear() {
        return year;
    }

    public Audience getAudience() {
        return audience;
    }

    public int getPercent() {
        return percent;
    }
}
