package vn.ocop.rating.control;

/**
 * When the council, rather than one member, meets a star mark ({@link StarGate}). The reference
 * is not certain on the legal note explaining the marks and says nothing on several members;
 * this is the project's rule, to confirm with the legal owner: a
 * council decides by its members, so the default is the majority of the counted sheets; the
 * mean and unanimity remain for a council that decides otherwise (chosen with its establishment). The UI explains the rule in force
 * with {@link #messageKey()}.
 */
public enum GateRule {

    /**
     * The council's mean on the criterion (over the members who scored it, rounded HALF_UP to two
     * decimals like every mean of the result) reaches the marked option's points. One member far
     * below can hold a mark back.
     */
    MEAN,
    /**
     * The default: more than half of the counted sheets that score the criterion reach the marked
     * option (4 of 7, 3 of 5, 2 of 3, 3 of 4; 2 of 4 is not more than half). A council decides by
     * its members, so one member's lower tick does not hold the product.
     */
    MAJORITY,
    /** Every counted sheet that scores the criterion reaches the marked option. */
    UNANIMOUS;

    /** The rule of a round whose council chose none. */
    public static final GateRule DEFAULT = MAJORITY;

    public String messageKey() {
        return "rating.result.gate_rule." + name();
    }
}
