package vn.ocop.certification.entity;

import java.io.Serializable;

import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.VietnameseText;

import java.util.Arrays;
import java.util.List;

/**
 * The editable wording of a decision: the summary ("Về việc …"), the legal bases (one per line), the proposer
 * line ("Theo đề nghị của …"), the three articles, the recipients (one per line), who signs and their name.
 * Normalised (NFC, trimmed) and checked when a decision takes it.
 */
public record DecisionText(String summary, String legalBases, String proposer, String article1, String article2,
                           String article3, String recipients, SigningMode signingMode, String signerName) implements Serializable {

    public static final int MAX_SUMMARY = 500;
    public static final int MAX_BASES = 4000;
    public static final int MAX_LINE = 300;
    public static final int MAX_ARTICLE = 2000;
    public static final int MAX_RECIPIENTS = 2000;
    public static final int MAX_NAME = 100;

    /** The same wording, normalised; every rule broken is reported at once, each on its field, in the order of the form. */
    public DecisionText checked() {
        Checks.all(
                () -> VietnameseText.required("summary", summary, MAX_SUMMARY),
                () -> requiredLines("legalBases", legalBases, MAX_BASES),
                () -> VietnameseText.required("proposer", proposer, MAX_LINE),
                () -> VietnameseText.required("article1", article1, MAX_ARTICLE),
                () -> VietnameseText.required("article2", article2, MAX_ARTICLE),
                () -> VietnameseText.required("article3", article3, MAX_ARTICLE),
                () -> requiredLines("recipients", recipients, MAX_RECIPIENTS),
                () -> {
                    if (signingMode == null) {
                        throw BusinessException.onField("signingMode", "error.required");
                    }
                },
                () -> {
                    String name = VietnameseText.normalise(signerName);
                    if (name != null && name.length() > MAX_NAME) {
                        throw BusinessException.onField("signerName", "error.tooLong", MAX_NAME);
                    }
                });
        return new DecisionText(VietnameseText.normalise(summary), requiredLines("legalBases", legalBases, MAX_BASES),
                VietnameseText.normalise(proposer), VietnameseText.normalise(article1), VietnameseText.normalise(article2),
                VietnameseText.normalise(article3), requiredLines("recipients", recipients, MAX_RECIPIENTS), signingMode,
                VietnameseText.normalise(signerName));
    }

    /**
     * A required text kept one entry per line (legal bases, recipients): each line normalised like any text (NFC,
     * trimmed, inner white space as one space), blank lines dropped, the lines joined by a line break.
     */
    public static String requiredLines(String field, String text, int maxLength) {
        String joined = String.join("\n", lines(text).stream().map(VietnameseText::normalise).toList());
        if (joined.isEmpty()) {
            throw BusinessException.onField(field, "error.required");
        }
        if (joined.length() > maxLength) {
            throw BusinessException.onField(field, "error.tooLong", maxLength);
        }
        return joined;
    }

    /** The non-blank lines of a text kept one per line (legal bases, recipients). */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
