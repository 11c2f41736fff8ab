package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.Inspection;
import vn.ocop.certification.entity.InspectionKind;
import vn.ocop.certification.entity.InspectionOutcome;

import java.io.Serializable;
import java.time.LocalDate;

/** The inspection form as the page and the API fill it in; the entity checks it ({@link Inspection#record}). */
public class InspectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private InspectionKind kind = InspectionKind.PERIODIC;
    private LocalDate inspectedOn;
    private String body;
    private String inspectors;
    private String scope;
    private String findings;
    private InspectionOutcome outcome;
    private LocalDate remedyBy;

    Inspection.Facts facts() {
        return new Inspection.Facts(kind, inspectedOn, body, inspectors, scope, findings, outcome, remedyBy);
    }

    public InspectionKind getKind() { return kind; }
    public void setKind(InspectionKind kind) { this.kind = kind; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getInspectors() { return inspectors; }
    public void setInspectors(String inspectors) { this.inspectors = inspectors; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }
    public InspectionOutcome getOutcome() { return outcome; }
    public void setOutcome(InspectionOutcome outcome) { this.outcome = outcome; }
    public LocalDate getRemedyBy() { return remedyBy; }
    public void setRemedyBy(LocalDate remedyBy) { this.remedyBy = remedyBy; }
}
