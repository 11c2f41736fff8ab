package vn.ocop.rating.control;

/**
 * Whether a council session may conclude (a council's own rules, e.g. Tây Ninh's council rules require at least
 * three quarters of the members present, the chair among them; a local rule, no national text,
 * hence configurable). At least {@code numerator/denominator} of the members, rounded up: with the
 * default 3/4, 4 members need 3, 7 need 6, 11 need 9, 12 need 9.
 *
 * @param numerator     of the share of members present, 3 by default
 * @param denominator   of the share, 4 by default
 * @param chairRequired whether the chair must be among them, true by default
 */
public record Quorum(int numerator, int denominator, boolean chairRequired) {

    public static final Quorum DEFAULT = new Quorum(3, 4, true);

    public Quorum {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("share " + numerator + "/" + denominator);
        }
    }

    /** How many members must be present, at least. */
    public int required(int members) {
        if (members <= 0) {
            throw new IllegalArgumentException("members " + members);
        }
        return (members * numerator + denominator - 1) / denominator;
    }

    /**
     * @param members      the council's members (chair, vice-chairs, members; as the council's rules count them)
     * @param present      how many of them are present
     * @param chairPresent whether the chair is present
     */
    public boolean met(int members, int present, boolean chairPresent) {
        if (present < 0 || present > members) {
            throw new IllegalArgumentException(present + " present of " + members);
        }
        return present >= required(members) && (chairPresent || !chairRequired);
    }
}
