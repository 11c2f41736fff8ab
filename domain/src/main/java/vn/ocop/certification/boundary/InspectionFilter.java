package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.InspectionOutcome;

import java.io.Serializable;

/**
 * Which inspections to list: of a year (by the inspection's day), an outcome, a commune, a certificate (its number), a
 * product, and only those overdue (to remedy, past the day, no later compliant inspection); null for no condition.
 */
public record InspectionFilter(Integer year, InspectionOutcome outcome, Long communeId, String certificate, Long productId,
                               boolean overdueOnly) implements Serializable {

    public static InspectionFilter all() {
        return new InspectionFilter(null, null, null, null, null, false);
    }
}
