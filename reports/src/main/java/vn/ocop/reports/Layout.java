package vn.ocop.reports;

import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A document laid out for its template: the template's name ({@code vn/ocop/reports/<template>.jrxml}), the values of
 * its parameters and its rows (maps of field values, or records read through their accessors). What a document's layout
 * class makes of its record, before anything is rendered, so that it can be checked without rendering.
 *
 * @param template   the template's name, without its extension
 * @param parameters the template's parameters by name
 * @param rows       the detail rows, in order; empty for a document without rows
 */
record Layout(String template, Map<String, Object> parameters, List<?> rows) {

    Layout {
        parameters = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(parameters));
        rows = List.copyOf(rows);
    }

    /**
     * The parameters every official document's header takes: the issuing body's two lines and, when a place is given,
     * "place, ngày … tháng … năm …"; a map the layout adds its own parameters to.
     */
    static Map<String, Object> headed(String issuingBodyLine1, String issuingBodyLine2, String place, java.time.LocalDate date) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("issuingBodyLine1", issuingBodyLine1);
        parameters.put("issuingBodyLine2", issuingBodyLine2);
        if (date != null) {
            parameters.put("placeAndDate", Styled.placeAndDate(place, date));
        }
        return parameters;
    }

    /** The rows as the template reads them. */
    @SuppressWarnings("unchecked")
    JRDataSource dataSource() {
        if (rows.isEmpty()) {
            return new JREmptyDataSource(0);
        }
        return rows.get(0) instanceof Map<?, ?>
                ? new JRMapCollectionDataSource((List<Map<String, ?>>) (List<?>) rows)
                : new JRBeanCollectionDataSource(rows);
    }
}
