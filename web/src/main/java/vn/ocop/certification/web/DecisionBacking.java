package vn.ocop.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.entity.DecisionText;
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

    @Inject
    Decisions decisions;

    private Long id;
    private DecisionDetails details;
    private Wording wording = new Wording();
    private LocalDate signedOn = LocalDate.now(Clocks.VIETNAM);
    private String reason;
    private List<String> revoked = new ArrayList<>();
    private String grounds;

    /** The editable wording of a draft (the record's fields, as a form). */
    public static class Wording implements Serializable {
        private static final long serialVersionUID = 1L;
        private String summary;
        private String legalBases;
        private String proposer;
        private String article1;
        private String article2;
        private String article3;
        private String recipients;
        private SigningMode signingMode;
        private String signerName;

        static Wording of(DecisionText t) {
            Wording w = new Wording();
            w.summary = t.summary();
            w.legalBases = t.legalBases();
            w.proposer = t.proposer();
            w.article1 = t.article1();
            w.article2 = t.article2();
            w.article3 = t.article3();
            w.recipients = t.recipients();
            w.signingMode = t.signingMode();
            w.signerName = t.signerName();
            return w;
        }

        DecisionText text() {
            return new DecisionText(summary, legalBases, proposer, article1, article2, article3, recipients, signingMode, signerName);
        }

        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getLegalBases() { return legalBases; }
        public void setLegalBases(String legalBases) { this.legalBases = legalBases; }
        public String getProposer() { return proposer; }
        public void setProposer(String proposer) { this.proposer = proposer; }
        public String getArticle1() { return article1; }
        public void setArticle1(String article1) { this.article1 = article1; }
        public String getArticle2() { return article2; }
        public void setArticle2(String article2) { this.article2 = article2; }
        public String getArticle3() { return article3; }
        public void setArticle3(String article3) { this.article3 = article3; }
        public String getRecipients() { return recipients; }
        public void setRecipients(String recipients) { this.recipients = recipients; }
        public SigningMode getSigningMode() { return signingMode; }
        public void setSigningMode(SigningMode signingMode) { this.signingMode = signingMode; }
        public String getSignerName() { return signerName; }
        public void setSignerName(String signerName) { this.signerName = signerName; }
    }

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new vn.ocop.shared.control.BusinessException("error.notFound");
        }
        show(decisions.decision(id));
    }

    private void show(DecisionDetails shown) {
        details = shown;
        wording = Wording.of(shown.text());
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

    public void issue() {
        show(decisions.issue(id, details.decision().version(), signedOn));
        Texts.info("certification_decision.issuedAs", details.decision().number());
    }

    public String discard() {
        decisions.discard(id, details.decision().version());
        return "/certification/decisions?faces-redirect=true";
    }

    /** Drafts the revocation of the certificates ticked, for the grounds given, and opens it. */
    public String draftRevocation() {
        DecisionDetails drafted = decisions.draftRevocation(id, revoked, grounds);
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
    public Wording getWording() { return wording; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getRevoked() { return revoked; }
    public void setRevoked(List<String> revoked) { this.revoked = revoked; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
}
