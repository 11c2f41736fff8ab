package vn.ocop.shared.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filters a list applies, shown above it as chips ("Hạng OCOP: 3 ★ ×"), each removable by a link to the same
 * list with the other filters kept in the address.
 */
public final class FilterChips implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One filter applied: its address parameter and value, its label and the value as people read it. */
    public record Chip(String parameter, String value, String label, String shown, String removeHref) implements Serializable {
    }

    private final String page;
    private final List<String[]> applied = new ArrayList<>();

    /** For the list at {@code page}, the portal-relative address ("registration/products.xhtml"). */
    public FilterChips(String page) {
        this.page = page;
    }

    /** Adds the filter when {@code value} is set; {@code labelKey} names it in the messages. */
    public FilterChips add(String parameter, Object value, String labelKey, String shown) {
        if (value != null && !value.toString().isBlank()) {
            applied.add(new String[] {parameter, value.toString(), Texts.get(labelKey), shown});
        }
        return this;
    }

    /** Adds the commune filter when {@code id} is set, named after the commune of {@code communes} (or its id). */
    public FilterChips commune(Long id, String labelKey, List<vn.ocop.geography.boundary.UnitView> communes) {
        String name = communes.stream().filter(c -> c.id().equals(id)).map(vn.ocop.geography.boundary.UnitView::name)
                .findFirst().orElse(String.valueOf(id));
        return add("commune", id, labelKey, name);
    }

    public List<Chip> chips() {
        String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        List<Chip> chips = new ArrayList<>();
        for (String[] chip : applied) {
            String rest = applied.stream().filter(other -> other != chip)
                    .map(other -> other[0] + "=" + URLEncoder.encode(other[1], StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            chips.add(new Chip(chip[0], chip[1], chip[2], chip[3], context + "/" + page + (rest.isEmpty() ? "" : "?" + rest)));
        }
        return chips;
    }
}
