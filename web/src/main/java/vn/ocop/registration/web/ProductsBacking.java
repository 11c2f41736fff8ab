package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.registration.boundary.ProductFilter;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Registrations;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.shared.web.PagedList;

import java.io.Serializable;
import java.util.List;

/** Every product in the caller's scope and where it stands in the cycle, searched and paged by the database. */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    Geography geography;

    @Inject
    vn.ocop.shared.web.UserSession session;

    private String text;
    private Long communeId;
    private CycleStep step;
    private PagedList<ProductView> list;
    private List<UnitView> communes;

    @PostConstruct
    void init() {
        list = new PagedList<>((sort, first, size) -> registrations.products(new ProductFilter(text, null, communeId, step),
                sort, first, size), ProductView::id);
        java.util.Set<Long> covered = session.getCaller() == null ? null : session.getCaller().onlyUnits();
        communes = geography.communes().stream().filter(c -> covered == null || covered.contains(c.id())).toList();
    }

    public CycleStep[] getSteps() {
        return CycleStep.values();
    }

    public PagedList<ProductView> getList() {
        return list;
    }

    public List<UnitView> getCommunes() {
        return communes;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public CycleStep getStep() {
        return step;
    }

    public void setStep(CycleStep step) {
        this.step = step;
    }
}
