package vn.ocop.reports;

import static vn.ocop.reports.Styled.encoded;
import static vn.ocop.reports.Styled.joined;
import static vn.ocop.reports.Styled.placeAndDate;
import static vn.ocop.reports.Styled.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A decision (or a notice) of the People's Committee, A4 portrait, Decree 30/2020 layout, with its annex on a page of
 * its own. A draft prints "DỰ THẢO", a number without its sequence and a date to fill in.
 */
final class DecisionLayout {

    private DecisionLayout() {
    }

    static Layout of(DecisionDocument document) {
        Map<String, Object> parameters = Layout.headed(document.issuingBodyLine1(), document.issuingBodyLine2(), null, null);
        parameters.put("numberLine", document.numberLine());
        parameters.put("placeAndDate", document.date() == null
                ? joined(", ", document.place(), "ngày \u2026 tháng \u2026 năm \u2026")
                : placeAndDate(document.place(), document.date()));
        parameters.put("draft", document.draft());
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(paragraph("TYPE", document.type()));
        if (!document.summary().isEmpty()) {
            rows.add(paragraph("SUMMARY", String.join("\n", document.summary())));
        }
        if (document.authority() != null && !document.authority().isBlank()) {
            rows.add(paragraph("AUTHORITY", document.authority()));
        }
        document.bases().forEach(basis -> rows.add(paragraph("BASIS", basis)));
        if (document.authority() != null && !document.authority().isBlank()) {
            rows.add(paragraph("DECIDES", document.type() + ":"));
        }
        List<String> articles = new ArrayList<>();
        for (DecisionDocument.Article article : document.articles()) {
            String body = encoded(text(article.text()));
            articles.add(article.heading() == null ? body
                    : "<style isBold=\"true\">" + encoded(article.heading()) + "</style> " + body);
        }
        // The last article travels with "Nơi nhận" and the signature (Decree 30/2020/NĐ-CP, Annex I: the signature
        // never stands alone on a page): one band that the page breaks before, never inside.
        String last = articles.isEmpty() ? null : articles.remove(articles.size() - 1);
        articles.forEach(article -> rows.add(paragraph("ARTICLE", article)));
        Map<String, Object> signature = new HashMap<>(paragraph("SIGNATURE", last));
        signature.put("recipients", recipients(document.recipients()));
        signature.put("signature", String.join("\n", document.signature()));
        signature.put("signer", document.signer());
        rows.add(signature);
        DecisionDocument.Annex annex = document.annex();
        if (annex != null) {
            parameters.put("annexTitle", annex.title());
            parameters.put("annexSubtitle", annex.subtitle());
            for (DecisionDocument.Group group : annex.groups()) {
                if (group.heading() != null) {
                    rows.add(annexRow("GROUP", group.heading()));
                }
                for (DecisionDocument.Row row : group.rows()) {
                    Map<String, Object> cells = annexRow("ROW", null);
                    cells.put("no", Integer.toString(row.no()));
                    cells.put("product", text(row.product()));
                    cells.put("producer", text(row.producer()));
                    cells.put("address", text(row.address()));
                    cells.put("productSet", text(row.productSet()));
                    cells.put("score", text(row.score()));
                    cells.put("stars", text(row.stars()));
                    cells.put("note", text(row.note()));
                    rows.add(cells);
                }
            }
        }
        return new Layout("decision", parameters, rows);
    }

    private static Map<String, Object> paragraph(String kind, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("part", 0);
        row.put("kind", kind);
        row.put("text", text);
        return row;
    }

    private static Map<String, Object> annexRow(String kind, String text) {
        Map<String, Object> row = paragraph(kind, text);
        row.put("part", 1);
        return row;
    }

    /** "Nơi nhận:" in bold italic (12 pt), then one "- entry" a line (11 pt), as styled text. */
    private static String recipients(List<String> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        return "<style isBold=\"true\" isItalic=\"true\" size=\"12\">Nơi nhận:</style>\n" + entries.stream()
                .map(entry -> "- " + encoded(text(entry))).collect(Collectors.joining("\n"));
    }
}
