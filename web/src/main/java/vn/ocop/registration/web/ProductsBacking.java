package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.registration.boundary.ProductFilter;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.shared.web.AddressFilter;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.List;

/** Every product in the caller's scope and where it stands in the cycle, searched and paged by the database. */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Products registrations;

    @Inject
    Geography geography;

    @Inject
    vn.ocop.shared.web.UserSession session;

    @Inject
    vn.ocop.planning.boundary.Dashboard dashboard;

    private String text;
    private Long communeId;
    private CycleStep step;
    private ClassChoice ocopClass;
    private PagedList<ProductView> list;
    private List<UnitView> communes;

    @PostConstruct
    void init() {
        list = new PagedList<>((sort, first, size) -> registrations.products(filter(), sort, first, size), ProductView::id);
        communes = geography.communes().stream().filter(c -> session.covers(c.id())).toList();
    }

    private ProductFilter filter() {
        if (ocopClass == null) {
            return new ProductFilter(text, null, communeId, step);
        }
        return new ProductFilter(text, null, communeId, step, ocopClass.ids(dashboard.classesInForce()), ocopClass.excepts());
    }

    /** The filters applied, shown as chips above the list. */
    public java.util.List<vn.ocop.shared.web.FilterChips.Chip> getChips() {
        return new vn.ocop.shared.web.FilterChips("registration/products.xhtml")
                .add("class", ocopClass == null ? null : ocopClass.parameter(), "registration_products.class",
                        ocopClass == null ? null : Texts.get("ClassChoice." + ocopClass.name()))
                .add("step", step, "registration_product.step", step == null ? null : Texts.get("CycleStep." + step.name()))
                .commune(communeId, "registration_producers.commune", communes).chips();
    }

    public ClassChoice[] getClasses() {
        return ClassChoice.values();
    }

    public ClassChoice getOcopClass() {
        return ocopClass;
    }

    public void setOcopClass(ClassChoice ocopClass) {
        this.ocopClass = ocopClass;
    }

    /** The class in the address ("none", "any", "3", "4", "5"). */
    public String getClassParameter() {
        return ocopClass == null ? null : ocopClass.parameter();
    }

    public void setClassParameter(String text) {
        ocopClass = ClassChoice.of(text);
    }

    public String getStepParameter() {
        return step == null ? null : step.name();
    }

    public void setStepParameter(String text) {
        step = AddressFilter.value(CycleStep.class, text);
    }

    public String getCommuneParameter() {
        return communeId == null ? null : communeId.toString();
    }

    public void setCommuneParameter(String text) {
        communeId = AddressFilter.id(text);
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
