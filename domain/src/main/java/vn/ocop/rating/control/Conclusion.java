package vn.ocop.rating.control;

/** What a council proposes for a product ({@link ConclusionProposal}). */
public enum Conclusion {
    /** This level recognises the product's class. */
    RECOGNISE,
    /** This level sends the product to the next level. */
    FORWARD,
    /** This level recognises the product and sends it on (a local practice such as Đan Phượng's 2019 plan). */
    RECOGNISE_AND_FORWARD,
    /** The dossier is incomplete: back to the producer, no conclusion on the class. */
    RETURN_FOR_COMPLETION,
    /** Neither recognised nor sent on by this level: under 3★, or a class this level neither recognises nor forwards. */
    NOT_RECOGNISED
}
