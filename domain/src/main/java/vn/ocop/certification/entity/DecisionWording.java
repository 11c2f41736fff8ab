package vn.ocop.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A decision's wording as it prints: the summary, the legal bases, the proposer, the three articles, the recipients and
 * the signing (mode and signer's name), each checked and normalised when written ({@link DecisionText#checked}). It
 * lives on the decision's own columns; it is replaced as a whole when the draft is edited and frozen with the decision
 * when issued.
 */
@Embeddable
public class DecisionWording {

    @Column(nullable = false, length = DecisionText.MAX_SUMMARY)
    private String summary;

    @Column(name = "legal_bases", nullable = false, length = DecisionText.MAX_BASES)
    private String legalBases;

    @Column(nullable = false, length = DecisionText.MAX_LINE)
    private String proposer;

    @Column(nullable = false, length = DecisionText.MAX_ARTICLE)
    private String article1;

    @Column(nullable = false, length = DecisionText.MAX_ARTICLE)
    private String article2;

    @Column(nullable = false, length = DecisionText.MAX_ARTICLE)
    private String article3;

    @Column(nullable = false, length = DecisionText.MAX_RECIPIENTS)
    private String recipients;

    @Enumerated(EnumType.STRING)
    @Column(name = "signing_mode", nullable = false, length = 20)
    private SigningMode signingMode;

    @Column(name = "signer_name", length = DecisionText.MAX_NAME)
    private String signerName;

    protected DecisionWording() {
    }

    /** The text given, checked and normalised (a required part missing or too long is refused on its field). */
    static DecisionWording of(DecisionText text) {
        DecisionText checked = text.checked();
        DecisionWording wording = new DecisionWording();
        wording.summary = checked.summary();
        wording.legalBases = checked.legalBases();
        wording.proposer = checked.proposer();
        wording.article1 = checked.article1();
        wording.article2 = checked.article2();
        wording.article3 = checked.article3();
        wording.recipients = checked.recipients();
        wording.signingMode = checked.signingMode();
        wording.signerName = checked.signerName();
        return wording;
    }

    /** The text as it stands, to edit or print it. */
    public DecisionText text() {
        return new DecisionText(summary, legalBases, proposer, article1, article2, article3, recipients, signingMode, signerName);
    }
}
