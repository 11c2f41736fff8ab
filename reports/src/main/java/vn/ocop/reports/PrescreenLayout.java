package vn.ocop.reports;

import static vn.ocop.reports.Styled.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The commune's pre-screen of a product's dossier, A4 portrait: the items with their result, the outcome, signatures. */
final class PrescreenLayout {

    private PrescreenLayout() {
    }

    static Layout of(PrescreenDocument document) {
        Map<String, Object> parameters = document.letterhead().parameters();
        parameters.put("productName", text(document.productName()));
        parameters.put("producerName", text(document.producerName()));
        parameters.put("commune", text(document.commune()));
        parameters.put("productSet", text(document.productSet()));
        parameters.put("outcome", text(document.outcome()));
        parameters.put("remarks", blankAsNull(document.remarks()));
        parameters.put("reasons", blankAsNull(document.reasons()));
        parameters.put("officerName", text(document.officerName()));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PrescreenDocument.Row row : document.rows()) {
            rows.add(Map.of("no", row.no(), "item", text(row.item()), "requirement", text(row.requirement()),
                    "result", text(row.result())));
        }
        return new Layout("prescreen", parameters, rows);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
