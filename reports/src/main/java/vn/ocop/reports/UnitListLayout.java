package vn.ocop.reports;


import java.util.Map;

/** The list of administrative units, A4 portrait, with the header of the issuing body. */
final class UnitListLayout {

    private UnitListLayout() {
    }

    static Layout of(UnitListDocument document) {
        Map<String, Object> parameters = document.letterhead().parameters();
        parameters.put("title", document.title());
        parameters.put("subtitle", document.subtitle());
        return new Layout("unit-list", parameters, document.rows());
    }
}
