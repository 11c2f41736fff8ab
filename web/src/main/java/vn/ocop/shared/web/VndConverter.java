package vn.ocop.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Shows an amount in Vietnamese đồng as the page's language writes it ({@link vn.ocop.reports.Formats#money}):
 * "1.250.000 đồng", "VND 1,250,000". Use {@code <f:converter converterId="ocop.vnd"/>} on output text.
 */
@FacesConverter("ocop.vnd")
public class VndConverter implements Converter<Number> {

    /** The amount with Vietnamese digit grouping: 1250000 → "1.250.000". */
    public static String group(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number value) {
        return value == null ? "" : vn.ocop.reports.Formats.money(value, Format.locale());
    }

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        String digits = value == null ? "" : value.replaceAll("[^0-9-]", "");
        try {
            return digits.isEmpty() ? null : Long.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new ConverterException(e);
        }
    }
}
