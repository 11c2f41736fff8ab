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

    /** The item being edited (null: a new item), and the form's values. */
    private Long editing;
    private long version;
    private String code;
    private String textVi;
    private String textEn;
    private String legalSource;
    private Integer sortOrder;
    private boolean mandatory = true;
    private boolean active = true;
    private String adminNote;

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
        editing = null;
        version = 0;
        code = null;
        textVi = null;
        textEn = null;
        legalSource = "QĐ 148/QĐ-TTg, sửa đổi bởi QĐ 1489/QĐ-TTg";
        sortOrder = items.stream().mapToInt(Row::sortOrder).max().orElse(0) + 1;
        mandatory = true;
        active = false;
        adminNote = null;
    }

    public void startEdit(Row row) {
        editing = row.id();
        version = row.version();
        code = row.code();
        textVi = row.textVi();
        textEn = row.textEn();
        legalSource = row.legalSource();
        sortOrder = row.sortOrder();
        mandatory = row.mandatory();
        active = row.active();
        adminNote = row.adminNote();
    }

    public void save() {
        int order = sortOrder == null ? 0 : sortOrder;
        if (editing == null) {
            PrescreenItem added = prescreens.addItem(textVi, textEn, legalSource, order, mandatory, active, adminNote);
            Texts.info("admin_prescreen.added", added.getCode());
        } else {
            prescreens.editItem(editing, version, textVi, textEn, legalSource, order, mandatory, active, adminNote);
            Texts.info("admin_prescreen.saved", code);
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
        if (editing != null && editing == row.id()) {
            items.stream().filter(r -> r.id() == row.id()).findFirst().ifPresent(this::startEdit);
        }
    }

    public List<Row> getItems() {
        return items;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getCode() {
        return code;
    }

    public String getTextVi() {
        return textVi;
    }

    public void setTextVi(String textVi) {
        this.textVi = textVi;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getLegalSource() {
        return legalSource;
    }

    public void setLegalSource(String legalSource) {
        this.legalSource = legalSource;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getAdminNote() {
        return adminNote;
    }

    public void setAdminNote(String adminNote) {
        this.adminNote = adminNote;
    }
}
