package vn.ocop.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import vn.ocop.shared.control.VietnameseText;

/**
 * Every text a user types arrives in Unicode NFC, trimmed, with runs of spaces collapsed
 * (Vietnamese typed with decomposed accents would print wrongly). Passwords are kept as typed.
 */
@FacesConverter(forClass = String.class)
public class NormalisedText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (isSecret(component)) {
            return value == null || value.isEmpty() ? null : value;
        }
        return VietnameseText.normalise(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    private static boolean isSecret(UIComponent component) {
        return component instanceof HtmlInputSecret || "org.primefaces.component.Password".equals(component.getRendererType())
                || component.getClass().getName().equals("org.primefaces.component.password.Password");
    }
}
