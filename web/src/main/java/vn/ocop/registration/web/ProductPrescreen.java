package vn.ocop.registration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.registration.boundary.PrescreenForm;
import vn.ocop.registration.boundary.PrescreenView;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.entity.ItemResult;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commune's pre-screen of the product's dossier, for the fragment
 * {@code /WEB-INF/includes/registration/product-prescreen.xhtml} that the product page includes: the checklist with a
 * result per item, remarks and reasons, pass or return; the pre-screens recorded.
 */
@Named
@ViewScoped
public class ProductPrescreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One item of the checklist with the result the officer chose (typed, so that JSF converts the enum). */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final PrescreenView.Item item;
        private ItemResult result;

        Row(PrescreenView.Item item) {
            this.item = item;
        }

        public PrescreenView.Item getItem() {
            return item;
        }

        public ItemResult getResult() {
            return result;
        }

        public void setResult(ItemResult result) {
            this.result = result;
        }
    }

    @Inject
    Prescreens prescreens;

    private Long productId;
    private PrescreenView view;
    private final List<Row> rows = new ArrayList<>();
    private String remarks;
    private String reasons;

    /** The product's pre-screen, read once per product and view. */
    public PrescreenView of(Long productId) {
        if (productId != null && !productId.equals(this.productId)) {
            this.productId = productId;
            read();
        }
        return view;
    }

    public List<Row> getRows() {
        return rows;
    }

    public ItemResult[] getResults() {
        return ItemResult.values();
    }

    public String pass() {
        return record(PrescreenOutcome.PASSED);
    }

    public String giveBack() {
        return record(PrescreenOutcome.RETURNED);
    }

    /** Records the pre-screen and opens the product page again (a return moves the product in its cycle). */
    private String record(PrescreenOutcome outcome) {
        Map<Long, ItemResult> found = new HashMap<>();
        rows.forEach(r -> found.put(r.item.id(), r.result));
        view = prescreens.record(productId, view.productVersion(), new PrescreenForm(outcome, remarks, reasons, found));
        Texts.info("registration_prescreen.recorded", Texts.get("PrescreenOutcome." + outcome));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/registration/product?faces-redirect=true&id=" + productId;
    }

    private void read() {
        view = prescreens.prescreen(productId);
        rows.clear();
        view.items().forEach(i -> rows.add(new Row(i)));
        remarks = null;
        reasons = null;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
