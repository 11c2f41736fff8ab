package vn.ocop.rating.entity;

/** What a level does with a product under a regime. */
public enum RecognitionAction {
    /** Checks part of the dossier before the evaluating level (the commune, from 1489/QĐ-TTg). */
    PRESCREENS,
    /** Sets up a council that scores the products. */
    EVALUATES,
    /** Issues the decision and certificates for the star classes of the rule. */
    RECOGNISES,
    /** Sends products from the rule's minimum score on to the rule's next level. */
    FORWARDS
}
