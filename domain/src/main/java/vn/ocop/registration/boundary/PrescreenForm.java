package vn.ocop.registration.boundary;

import vn.ocop.registration.entity.ItemResult;
import vn.ocop.registration.entity.PrescreenOutcome;

import java.util.Map;

/** What the commune officer records: the outcome, remarks, reasons (for a return) and each item's result by its id. */
public record PrescreenForm(PrescreenOutcome outcome, String remarks, String reasons, Map<Long, ItemResult> items) {

    public PrescreenForm {
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(items));
    }
}
