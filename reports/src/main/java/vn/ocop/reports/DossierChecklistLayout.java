package vn.ocop.reports;

import static vn.ocop.reports.Styled.joined;
import static vn.ocop.reports.Styled.shortDate;
import static vn.ocop.reports.Styled.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The checklist of a product's dossier, A4 portrait, with the header of the issuing body. */
final class DossierChecklistLayout {

    private DossierChecklistLayout() {
    }

    static Layout of(DossierChecklistDocument document) {
        Map<String, Object> parameters = document.letterhead().parameters();
        parameters.put("productName", text(document.productName()));
        parameters.put("producerName", text(document.producerName()));
        parameters.put("commune", text(document.commune()));
        parameters.put("productSet", joined(" - ", document.productSetCode(), document.productSetName()));
        parameters.put("completenessPercent", document.completenessPercent());
        parameters.put("mandatoryPresent", document.mandatoryPresent());
        parameters.put("mandatoryTotal", document.mandatoryTotal());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DossierChecklistDocument.Row row : document.rows()) {
            rows.add(Map.of("no", row.no(), "item", text(row.item()), "requirement", text(row.requirement()),
                    "status", text(row.status()), "documents", evidence(row.documents())));
        }
        return new Layout("dossier-checklist", parameters, rows);
    }

    /** One line per file: "- file name (issuer, dd/MM/yyyy)". */
    static String evidence(List<DossierChecklistDocument.Evidence> documents) {
        return documents.stream().map(document -> {
            String details = joined(", ", document.issuer(), shortDate(document.issuedOn()));
            return "- " + text(document.fileName()) + (details.isEmpty() ? "" : " (" + details + ")");
        }).collect(Collectors.joining("\n"));
    }
}
