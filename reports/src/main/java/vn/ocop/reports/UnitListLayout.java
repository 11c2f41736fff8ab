package vn.ocop.reports;

import static vn.ocop.reports.Styled.placeAndDate;

import java.util.HashMap;
import java.util.Map;

/** The list of administrative units, A4 portrait, with the header of the issuing body. */
final class UnitListLayout {

    private UnitListLayout() {
    }

    static Layout of(UnitListDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", document.issuingBodyLine1());
        parameters.put("issuingBodyLine2", document.issuingBodyLine2());
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("title", document.title());
        parameters.put("subtitle", document.subtitle());
        return new Layout("unit-list", parameters, document.rows());
    }
}
