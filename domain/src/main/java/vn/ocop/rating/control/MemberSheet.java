package vn.ocop.rating.control;

import java.util.Map;

/**
 * What one council member ticked on a product's scoring sheet: for each criterion (by node id)
 * the option chosen (by node id). A criterion is a node whose children are options; a section that
 * holds options directly is its own criterion (see {@link SheetScore#criteria(SheetTree)}).
 *
 * <p>{@link #NONE_APPLIES} records that none of a criterion's options applies, for the criteria
 * whose sheet prints no 0-point option (e.g. 148 set 7, 3c "use of local labour" has no option
 * under 50 %, 3e "intellectual property" none for a product without a registered trademark): it
 * counts 0 points and never meets a star mark. On a criterion with a 0-point option it is refused.
 *
 * @param memberId the council member (user) who scored
 * @param choices  criterion node id → option node id (or {@link #NONE_APPLIES}); no null keys or values
 */
public record MemberSheet(long memberId, Map<Long, Long> choices) {

    /** The "option" of a criterion none of whose printed options applies: 0 points. */
    public static final long NONE_APPLIES = 0L;

    public MemberSheet {
        choices = Map.copyOf(choices);
    }
}
