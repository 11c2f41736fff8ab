package vn.ocop.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.DecisionNumbering;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.boundary.DecisionIssuing;
import vn.ocop.certification.boundary.NumberOrder;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision: the office edits a draft's wording and sends it for approval, a leader approves it (or sends it
 * back), the office issues it with the signing date; then its PDF and its certificates (the revocation draft is
 * {@link DecisionRevocationBacking}).
 */
@Named
@ViewScoped
public class DecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Decisions decisions;

    @Inject
    DecisionIssuing issuing;

    @Inject
    DecisionNumbering numbering;

    private Long id;
    private DecisionDetails details;
    private DecisionWording wording = new DecisionWording();
    private LocalDate signedOn = LocalDate.now(Clocks.VIETNAM);
    private String reason;
    private boolean register;
    private String number;

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new vn.ocop.shared.control.BusinessException("error.notFound");
        }
        show(decisions.decision(id));
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

    public List<CertificateView> getCertificates() {
        return details.certificates();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DecisionDetails getDetails() { return details; }
    public DecisionWording getWording() { return wording; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isRegister() { return register; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
}
