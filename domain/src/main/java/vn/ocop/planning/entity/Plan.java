package vn.ocop.planning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.entity.Auditable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The district's OCOP plan of a year (a "Kế hoạch" of the People's Committee): its number, date and
 * title, and its targets. One plan per year.
 */
@Entity
@Table(name = "ocop_plan")
@NamedQuery(name = Plan.ALL, query = "SELECT p FROM Plan p ORDER BY p.year DESC")
@NamedQuery(name = Plan.OF_YEAR, query = "SELECT p FROM Plan p WHERE p.year = :year")
@NamedQuery(name = Plan.LATEST_BY, query = "SELECT p FROM Plan p WHERE p.year <= :year ORDER BY p.year DESC")
public class Plan implements Auditable {

    public static final String ALL = "Plan.all";
    public static final String OF_YEAR = "Plan.ofYear";
    public static final String LATEST_BY = "Plan.latestBy";
    public static final int MAX_NUMBER = 60;
    public static final int MAX_TITLE = 500;
    public static final int MAX_TARGETS = 30;

    @Id
    @SequenceGenerator(name = "seq_ocop_plan", sequenceName = "seq_ocop_plan", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_ocop_plan")
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = MAX_NUMBER)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanTarget> targets = new ArrayList<>();

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(int year, String number, LocalDate issuedOn, String title, LocalDate today) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("year", "plans.yearRange");
        }
        this.year = year;
        describe(number, issuedOn, title, today);
    }

    /**
     * Sets the plan's number, date and title. The plan is signed on a day that has come, in its
     * year or the year before (a plan is adopted before or during the year it plans).
     */
    public final void describe(String number, LocalDate issuedOn, String title, LocalDate today) {
        String cleanNumber = number == null ? "" : number.strip();
        String cleanTitle = title == null ? "" : title.strip();
        Checks.all(() -> {
            if (cleanNumber.isEmpty()) {
                throw BusinessException.onField("number", "error.required");
            }
            if (cleanNumber.length() > MAX_NUMBER) {
                throw BusinessException.onField("number", "error.tooLong", MAX_NUMBER);
            }
        }, () -> {
            if (issuedOn == null) {
                throw BusinessException.onField("issuedOn", "error.required");
            }
            if (issuedOn.isAfter(today)) {
                throw BusinessException.onField("issuedOn", "plans.issuedOn.future");
            }
            if (issuedOn.getYear() < year - 1 || issuedOn.getYear() > year) {
                throw BusinessException.onField("issuedOn", "plans.issuedOn.year", year - 1, year);
            }
        }, () -> {
            if (cleanTitle.isEmpty()) {
                throw BusinessException.onField("title", "error.required");
            }
            if (cleanTitle.length() > MAX_TITLE) {
                throw BusinessException.onField("title", "error.tooLong", MAX_TITLE);
            }
        });
        this.number = cleanNumber;
        this.issuedOn = issuedOn;
        this.title = cleanTitle;
    }

    /** One target as the office typed it. */
    public record TargetLine(TargetKind kind, TargetUnit unit, Integer stars, BigDecimal amount, String note) {
    }

    /**
     * Replaces the targets with these, in this order: every line checked, no two counting the same
     * thing. Nothing changes when one line is wrong.
     */
    public void setTargets(List<TargetLine> lines) {
        if (lines.size() > MAX_TARGETS) {
            throw new BusinessException("plans.target.tooMany", MAX_TARGETS);
        }
        for (int i = 0; i < lines.size(); i++) {
            TargetLine line = lines.get(i);
            PlanTarget.check(line.kind(), line.unit(), line.stars(), line.amount(), line.note());
            for (int j = 0; j < i; j++) {
                TargetLine earlier = lines.get(j);
                if (earlier.kind() == line.kind() && earlier.unit() == line.unit()
                        && java.util.Objects.equals(earlier.stars(), line.stars())) {
                    throw new BusinessException("plans.target.twice", i + 1);
                }
            }
        }
        targets.clear();
        for (int i = 0; i < lines.size(); i++) {
            TargetLine line = lines.get(i);
            targets.add(new PlanTarget(this, i, line.kind(), line.unit(), line.stars(), line.amount(), line.note()));
        }
    }

    @Override
    public String auditType() {
        return "Plan";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "year=" + year + "; number=" + number + "; issuedOn=" + issuedOn + "; title=" + title + "; targets="
                + targets.stream().map(PlanTarget::describe).collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public List<PlanTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    public long getVersion() {
        return version;
    }
}
