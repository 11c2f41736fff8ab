package vn.ocop.reports;

import static vn.ocop.reports.Styled.BOX_FONT;
import static vn.ocop.reports.Styled.VIETNAMESE;
import static vn.ocop.reports.Styled.encoded;
import static vn.ocop.reports.Styled.joined;
import static vn.ocop.reports.Styled.orDots;
import static vn.ocop.reports.Styled.placeAndDate;
import static vn.ocop.reports.Styled.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The producer's form registering a product for OCOP evaluation, A4 portrait, signed by its representative. */
final class ProductRegistrationLayout {

    private ProductRegistrationLayout() {
    }

    static Layout of(ProductRegistrationDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("producerHeading", text(document.producerName()).toUpperCase(VIETNAMESE));
        parameters.put("placeAndDate", placeAndDate(document.place(), document.date()));
        parameters.put("addressee", document.addressee());
        parameters.put("producerName", orDots(text(document.producerName())));
        parameters.put("producerType", orDots(text(document.producerType())));
        parameters.put("taxCode", orDots(text(document.taxCode())));
        parameters.put("address", orDots(joined(", ", document.address(), document.commune())));
        parameters.put("representativeName", orDots(text(document.representativeName())));
        parameters.put("representativeTitle", orDots(text(document.representativeTitle())));
        parameters.put("phone", orDots(text(document.phone())));
        parameters.put("email", orDots(text(document.email())));
        parameters.put("productName", orDots(text(document.productName())));
        parameters.put("productSet", orDots(joined(" - ", document.productSetCode(), document.productSetName())));
        parameters.put("criteriaSet", orDots(text(document.criteriaSet())));
        parameters.put("registrationTypes", ballot(document.registrationTypes()));
        parameters.put("samples", document.samples());
        return new Layout("product-registration", parameters, document.attachments());
    }

    /** One line per choice, "☒ label" or "☐ label", as styled text (the box in DejaVu Sans). */
    static String ballot(List<ProductRegistrationDocument.Choice> choices) {
        return choices.stream()
                .map(choice -> BOX_FONT + (choice.chosen() ? "\u2612" : "\u2610") + "</style>\u00a0" + encoded(text(choice.label())))
                .collect(Collectors.joining("\n"));
    }
}
