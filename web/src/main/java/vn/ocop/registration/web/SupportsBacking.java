package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.identity.entity.Role;
import vn.ocop.registration.boundary.SupportFilter;
import vn.ocop.registration.boundary.SupportTotals;
import vn.ocop.registration.boundary.SupportTypeView;
import vn.ocop.registration.boundary.SupportTypes;
import vn.ocop.registration.boundary.SupportView;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.AddressFilter;
import vn.ocop.shared.web.FilterChips;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The supports given to producers: filters (also from the address, as the home page's figures link here, shown as
 * chips), the list (paged by the database), the totals per type and per commune; the support's dialog is {@link SupportFormBacking}.
 */
@Named
@ViewScoped
public class SupportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The first year a support may be filtered by (the programme's first year in the district). */
    private static final int FIRST_YEAR = 2018;

    @Inject
    Supports supports;

    @Inject
    SupportTypes supportTypes;

    @Inject
    Geography geography;

    @Inject
    UserSession session;

    private Integer year;
    private Long communeId;
    private Long typeId;
    private String producerText;
    private PagedList<SupportView> list;
    private List<UnitView> communes;
    private List<Integer> years;
    private SupportTotals totals;
    private List<SupportTypeView> types;

    @PostConstruct
    void init() {
        if (isCommuneFixed()) {
            communeId = session.getCaller().unitId();
        }
        list = new PagedList<>((first, size) -> supports.list(filter(), first, size), SupportView::id);
        java.util.Set<Long> covered = session.getCaller().onlyUnits();
        communes = geography.communes().stream().filter(c -> covered == null || covered.contains(c.id())).toList();
        years = supports.years();
        types = supportTypes.types();
        search();
    }

    private SupportFilter filter() {
        return new SupportFilter(year, communeId, typeId, producerText);
    }

    /** A support was recorded, changed or removed: the years and the totals are read again. */
    public void refresh() {
        years = supports.years();
        search();
    }

    /** The filters changed: the list pages again from the database, the totals are counted again. */
    public void search() {
        totals = new SupportTotals(supports.totals(year, communeId)).only(typeId);
    }

    // ---- totals ----

    public List<SupportTotals.Line> getTotalsByType() {
        return totals.byType(session.getLanguage());
    }

    public List<SupportTotals.Line> getTotalsByCommune() {
        return totals.byCommune();
    }

    public long getTotalCount() {
        return totals.count();
    }

    public long getTotalAmount() {
        return totals.amountVnd();
    }

    public boolean isCanEdit() {
        return session.hasRole(Role.OFFICER.name());
    }

    public PagedList<SupportView> getList() { return list; }
    public List<UnitView> getCommunes() { return communes; }
    public List<Integer> getYears() { return years; }

    /** A commune officer whose commune replaced no other has one commune to choose: it is fixed. */
    public boolean isCommuneFixed() {
        return session.getCaller().role() == Role.COMMUNE && session.getCaller().onlyUnits().size() == 1;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = isCommuneFixed() ? this.communeId : communeId; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public String getProducerText() { return producerText; }
    public void setProducerText(String producerText) { this.producerText = producerText; }

    // The filters given in the address (a figure of the home page or of a plan, a bookmark).
    public String getYearParameter() { return year == null ? null : year.toString(); }
    public void setYearParameter(String text) {
        year = AddressFilter.number(text, IntStream.rangeClosed(FIRST_YEAR, LocalDate.now(Clocks.VIETNAM).getYear() + 1).toArray());
    }
    public String getCommuneParameter() { return communeId == null ? null : communeId.toString(); }
    public void setCommuneParameter(String text) { setCommuneId(AddressFilter.id(text)); }
    public String getTypeParameter() { return typeId == null ? null : typeId.toString(); }
    public void setTypeParameter(String text) { typeId = AddressFilter.id(text); }

    /** The filters applied, shown as chips above the list (a commune officer's own commune is no filter to remove). */
    public List<FilterChips.Chip> getChips() {
        String type = typeId == null ? null : types.stream().filter(t -> t.id().equals(typeId)).map(t -> t.name(session.getLanguage()))
                .findFirst().orElse(typeId.toString());
        return new FilterChips("registration/supports.xhtml")
                .add("year", year, "registration_supports.year", year == null ? null : year.toString())
                .commune(isCommuneFixed() ? null : communeId, "registration_supports.commune", communes)
                .add("type", typeId, "registration_supports.type", type)
                .chips();
    }
}
