package vn.ocop.certification.web;

import vn.ocop.certification.entity.DecisionText;
import vn.ocop.certification.entity.SigningMode;

import java.io.Serializable;

/** The editable wording of a draft (the record's fields, as a form). */
public class DecisionWording implements Serializable {
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

    static DecisionWording of(DecisionText t) {
        DecisionWording w = new DecisionWording();
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
