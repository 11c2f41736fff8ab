package vn.ocop.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

/**
 * The wording a new recognition decision starts from, per regime (defaults in the migration): the
 * legal bases (one per line), the proposer line, the unit in charge named in Article 2, the recipients. The office
 * edits it; decisions already drafted keep their own copy.
 */
@Entity
@Table(name = "cert_template")
public class DecisionTemplate implements Auditable {

    @Id
    @Column(name = "regime_code", length = 30)
    private String regimeCode;

    @Column(name = "legal_bases", nullable = false, length = DecisionText.MAX_BASES)
    private String legalBases;

    @Column(nullable = false, length = DecisionText.MAX_LINE)
    private String proposer;

    @Column(name = "unit_in_charge", nullable = false, length = DecisionText.MAX_LINE)
    private String unitInCharge;

    @Column(nullable = false, length = DecisionText.MAX_RECIPIENTS)
    private String recipients;

    @Version
    private long version;

    protected DecisionTemplate() {
    }

    public DecisionTemplate(String regimeCode, String legalBases, String proposer, String unitInCharge, String recipients) {
        this.regimeCode = regimeCode;
        change(legalBases, proposer, unitInCharge, recipients);
    }

    public final void change(String legalBases, String proposer, String unitInCharge, String recipients) {
        this.legalBases = DecisionText.requiredLines("legalBases", legalBases, DecisionText.MAX_BASES);
        this.proposer = VietnameseText.required("proposer", proposer, DecisionText.MAX_LINE);
        this.unitInCharge = VietnameseText.required("unitInCharge", unitInCharge, DecisionText.MAX_LINE);
        this.recipients = DecisionText.requiredLines("recipients", recipients, DecisionText.MAX_RECIPIENTS);
    }

    @Override
    public String auditType() {
        return "DecisionTemplate";
    }

    @Override
    public Object auditId() {
        return regimeCode;
    }

    @Override
    public String auditState() {
        return "legalBases=" + legalBases + "; proposer=" + proposer + "; unitInCharge=" + unitInCharge + "; recipients=" + recipients;
    }

    public String getRegimeCode() {
        return regimeCode;
    }

    public String getLegalBases() {
        return legalBases;
    }

    public String getProposer() {
        return proposer;
    }

    public String getUnitInCharge() {
        return unitInCharge;
    }

    public String getRecipients() {
        return recipients;
    }

    public long getVersion() {
        return version;
    }
}
