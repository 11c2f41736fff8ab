package vn.ocop.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.DecisionNumbering;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.boundary.Revocations;
import vn.ocop.certification.boundary.DecisionIssuing;
import vn.ocop.certification.boundary.NumberOrder;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.certification.entity.RevocationGround;
import vn.ocop.certification.entity.SigningMode;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision: the office edits a draft's wording and sends it for approval, a leader approves it (or sends it
 * back), the office issues it with the signing date; then its PDF, its certificates and a revocation draft.
 */
@Named
@ViewScoped
public class DecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Decisions decisions;

    @Inject
    Revocations revocations;

    @Inject
    DecisionIssuing issuing;

    @Inject
    DecisionNumbering numbering;

    @Inject
    vn.ocop.certification.boundary.Inspections inspections;

    private Long id;
    private DecisionDetails details;
    private DecisionWording wording = new DecisionWording();
    private LocalDate signedOn = LocalDate.now(Clocks.VIETNAM);
    private String reason;
    private List<String> revoked = new ArrayList<>();
    private String grounds;
    private List<RevocationGround> groundCodes = new ArrayList<>();
    private boolean register;
    private String number;
    private Long inspection;
    private vn.ocop.certification.boundary.InspectionView inspected;

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new vn.ocop.shared.control.BusinessException("error.notFound");
        }
        show(decisions.decision(id));
        if (inspection != null) {
            inspected = inspections.inspection(inspection);
            revoked = new ArrayList<>(List.of(inspected.certificate()));
            groundCodes = new ArrayList<>(List.of(RevocationGround.INSPECTION_FINDINGS));
        }
    }

    private void show(DecisionDetails shown) {
        details = shown;
        wording = DecisionWording.of(shown.text());
        register = numbering.numbering(shown.decision().id()) == Numbering.REGISTER;
    }

    public void save() {
        show(decisions.edit(id, details.decision().version(), wording.text()));
        Texts.info("general.saved");
    }

    public void approve() {
        show(decisions.approve(id, details.decision().version()));
        Texts.info("certification_decision.approved");
    }

    public void reopen() {
        show(decisions.reopen(id, details.decision().version(), reason));
        reason = null;
    }

    /** The leader sends the decision back to the office with the reason. */
    public void sendBack() {
        show(decisions.sendBack(id, details.decision().version(), reason));
        reason = null;
        Texts.info("certification_decision.sentBack");
    }

    /** Issues with the signing date and, for a body numbered by its register, the register's number. */
    public void issue() {
        show(issuing.issue(id, details.decision().version(), signedOn, register ? number : null));
        Texts.info("certification_decision.issuedAs", details.decision().number());
        if (register) {
            numbering.numberOrder(id, null, null).ifPresent(this::warnOrder);
        }
    }

    /** Before issuing: warns when the register number and date typed are out of order with the body's decisions. */
    public void checkOrder() {
        numbering.numberOrder(id, number, signedOn).ifPresent(this::warnOrder);
    }

    private void warnOrder(NumberOrder o) {
        Texts.warn("certification.issue.outOfOrder", o.number(), DAY.format(o.signedOn()), o.otherNumber(), DAY.format(o.otherSignedOn()));
    }

    public String discard() {
        decisions.discard(id, details.decision().version());
        return "/certification/decisions?faces-redirect=true";
    }

    /** Drafts the revocation of the certificates ticked, for the grounds given, and opens it. */
    public String draftRevocation() {
        DecisionDetails drafted = revocations.draftRevocation(id, revoked, groundCodes, grounds, inspection);
        return "/certification/decision?faces-redirect=true&id=" + drafted.decision().id();
    }

    public List<CertificateView> getCertificates() {
        return details.certificates();
    }

    public SigningMode[] getSigningModes() {
        return SigningMode.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DecisionDetails getDetails() { return details; }
    public DecisionWording getWording() { return wording; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getRevoked() { return revoked; }
    public void setRevoked(List<String> revoked) { this.revoked = revoked; }
    public boolean isRegister() { return register; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public List<RevocationGround> getGroundCodes() { return groundCodes; }
    public void setGroundCodes(List<RevocationGround> groundCodes) { this.groundCodes = groundCodes; }
    /** The grounds offered; the inspection's only for a revocation drafted from an inspection that proposed it. */
    public List<RevocationGround> getGroundChoices() {
        return java.util.Arrays.stream(RevocationGround.values())
                .filter(g -> inspection != null || g != RevocationGround.INSPECTION_FINDINGS).toList();
    }
    public Long getInspection() { return inspection; }
    public void setInspection(Long inspection) { this.inspection = inspection; }
    public vn.ocop.certification.boundary.InspectionView getInspected() { return inspected; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
}
