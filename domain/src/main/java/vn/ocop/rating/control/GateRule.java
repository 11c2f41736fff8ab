package vn.ocop.rating.control;

/**
 * When the council, rather than one member, meets a star mark ({@link StarGate}). The reference
 * (§3.2) is UNCERTAIN on the legal note explaining the marks and says nothing on several members;
 * this is the project's rule, to confirm with the legal owner. The UI explains the rule in force
 * with {@link #messageKey()}.
 */
public enum GateRule {

    /**
     * The default: the council's mean on the criterion (over the members who scored it, rounded
     * HALF_UP to two decimals like every mean of the result) reaches the marked option's points — the same mean that makes the total, so a gate reads like the result
     * sheet: "mean 1.80, required 2". One member far below can hold a gate back; the spread flags
     * show it and the chair can ask for a re-score.
     */
    MEAN,
    /** More than half of the members who scored the criterion reached the marked option. */
    MAJORITY,
    /** Every member who scored the criterion reached the marked option. */
    UNANIMOUS;

    public String messageKey() {
        return "rating.result.gate_rule." + name();
    }
}
