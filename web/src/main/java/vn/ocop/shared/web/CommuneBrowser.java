package vn.ocop.shared.web;

import vn.ocop.planning.boundary.DashboardView.CommuneGroup;
import vn.ocop.shared.control.VietnameseText;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The home page's communes, a page at a time: a province has over a hundred. Searched by the name of
 * the commune or of a former commune, without diacritics; those with products first.
 */
public class CommuneBrowser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The commune groups shown at once. */
    public static final int PER_PAGE = 12;

    private final List<CommuneGroup> communes;
    private String query;
    private int page;

    public CommuneBrowser(List<CommuneGroup> communes) {
        this.communes = communes;
    }

    /** The communes matching the search, those with products first, then in the dashboard's order (by name). */
    public List<CommuneGroup> getFound() {
        String key = VietnameseText.searchKey(query);
        return communes.stream()
                .filter(g -> key.isEmpty() || VietnameseText.searchKey(g.commune().name()).contains(key)
                        || g.tiles().stream().anyMatch(t -> VietnameseText.searchKey(t.name()).contains(key)))
                .sorted(Comparator.comparing((CommuneGroup g) -> g.products() == 0)).toList();
    }

    /** One page of the communes found. */
    public List<CommuneGroup> getShown() {
        List<CommuneGroup> found = getFound();
        int from = Math.min(page * PER_PAGE, found.size());
        return found.subList(from, Math.min(from + PER_PAGE, found.size()));
    }

    public int getPages() {
        return Math.max(1, (getFound().size() + PER_PAGE - 1) / PER_PAGE);
    }

    /** "13–24 / 126": which communes the page shows. */
    public String getRange() {
        int found = getFound().size();
        int from = Math.min(page * PER_PAGE, found);
        return Texts.get("home.communeRange", found == 0 ? 0 : from + 1, Math.min(from + PER_PAGE, found), found);
    }

    public void next() {
        page = Math.min(page + 1, getPages() - 1);
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public int getPage() {
        return page;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.length() <= 60 ? query : query.substring(0, 60);
        page = 0;
    }
}
