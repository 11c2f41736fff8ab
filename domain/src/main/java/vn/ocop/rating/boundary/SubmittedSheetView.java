package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.MemberRole;

import java.time.LocalDateTime;
import java.util.Map;

/** A member's submitted sheet as others may see it once the results are opened: totals per part and the choices. */
public record SubmittedSheetView(long memberId, String username, String member, MemberRole role, LocalDateTime submittedAt,
                                 SheetChoices.Totals totals, Map<Long, Long> choices) implements Serializable {
}
