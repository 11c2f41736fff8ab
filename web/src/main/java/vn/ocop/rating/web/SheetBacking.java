package vn.ocop.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.rating.boundary.CriteriaCatalogue;
import vn.ocop.rating.boundary.SheetView;
import vn.ocop.shared.control.BusinessException;

import java.io.Serializable;

/** One scoring sheet as the printed form, with its status, problems and corrections. */
@Named
@ViewScoped
public class SheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriteriaCatalogue catalogue;

    private Long id;
    private SheetView sheet;

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        sheet = catalogue.sheet(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SheetView getSheet() {
        return sheet;
    }
}
