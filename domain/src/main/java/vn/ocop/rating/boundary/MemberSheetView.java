package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.rating.entity.ScoringState;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A council member's own sheet for one product: where they stand (declaration first), the form,
 * their choices (criterion id → option id), their totals per part, the criteria still to tick, the
 * version their page saves against, and whether they may see the other members' sheets.
 */
public record MemberSheetView(RoundView round, RoundProductView product, MemberRole role, ScoringState state,
                              String conflictNote, LocalDateTime declaredAt, long version, LocalDateTime savedAt,
                              LocalDateTime submittedAt, SheetForm form, Map<Long, Long> choices, SheetChoices.Totals totals,
                              List<Long> missing, boolean sheetsVisible) implements Serializable {

    /** Whether the member may still tick: no conflict, not submitted, the round being scored. */
    public boolean editable() {
        return state == ScoringState.DRAFT && round.status() == RoundStatus.SCORING;
    }
}
