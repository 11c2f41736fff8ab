package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.entity.PrescreenItem;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The administrator's page of the commune's pre-screen checklist: every item, in use or retired, with its texts in
 * both languages, its legal source and the note for administrators; an item is edited, added, retired (no longer
 * asked, kept for the pre-screens recorded against it) or put back in use. Every change is audited by the boundary.
 */
@Named
@ViewScoped
public class PrescreenItemsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Prescreens prescreens;

    private List<Row> items;
    private PrescreenItemForm form;

    /** One item as the table shows it. */
    public record Row(long id, String code, String textVi, String textEn, String legalSource, int sortOrder,
                      boolean mandatory, boolean active, String adminNote, long version) implements Serializable {
        static Row of(PrescreenItem i) {
            return new Row(i.getId(), i.getCode(), i.getTextVi(), i.getTextEn(), i.getLegalSource(), i.getSortOrder(),
                    i.isMandatory(), i.isActive(), i.getAdminNote(), i.getVersion());
        }
    }

    @PostConstruct
    void init() {
        load();
        startAdd();
    }

    private void load() {
        items = prescreens.items().stream().map(Row::of).toList();
    }

    public void startAdd() {
        form = PrescreenItemForm.blank(items.stream().mapToInt(Row::sortOrder).max().orElse(0) + 1);
    }

    public void startEdit(Row row) {
        form = PrescreenItemForm.of(row);
    }

    public void save() {
        PrescreenItemForm f = form;
        if (f.editing() == null) {
            PrescreenItem added = prescreens.addItem(f.getTextVi(), f.getTextEn(), f.getLegalSource(), f.order(), f.isMandatory(),
                    f.isActive(), f.getAdminNote());
            Texts.info("admin_prescreen.added", added.getCode());
        } else {
            prescreens.editItem(f.editing(), f.version(), f.getTextVi(), f.getTextEn(), f.getLegalSource(), f.order(), f.isMandatory(),
                    f.isActive(), f.getAdminNote());
            Texts.info("admin_prescreen.saved", f.getCode());
        }
        load();
        startAdd();
    }

    /** Retires the item (no longer asked) or puts it back in use, keeping everything else as it is. */
    public void toggleActive(Row row) {
        prescreens.editItem(row.id(), row.version(), row.textVi(), row.textEn(), row.legalSource(), row.sortOrder(),
                row.mandatory(), !row.active(), row.adminNote());
        Texts.info(row.active() ? "admin_prescreen.retired" : "admin_prescreen.restored", row.code());
        load();
        if (form.editing() != null && form.editing() == row.id()) {
            items.stream().filter(r -> r.id() == row.id()).findFirst().ifPresent(this::startEdit);
        }
    }

    public List<Row> getItems() {
        return items;
    }

    public boolean isCreating() {
        return form.editing() == null;
    }

    public PrescreenItemForm getForm() {
        return form;
    }
}
