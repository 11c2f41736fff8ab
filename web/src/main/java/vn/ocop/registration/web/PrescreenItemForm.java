package vn.ocop.registration.web;

import java.io.Serializable;

/** What the form of the pre-screen checklist page holds: a new item, or the values of the item edited. */
public class PrescreenItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The legal source a new item starts with: the decision that sets the programme's checklist. */
    static final String DEFAULT_SOURCE = "QĐ 148/QĐ-TTg, sửa đổi bởi QĐ 1489/QĐ-TTg";

    /** The item edited, null for a new item. */
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

    /** A new item, mandatory and not yet in use, placed last. */
    static PrescreenItemForm blank(int sortOrder) {
        PrescreenItemForm form = new PrescreenItemForm();
        form.legalSource = DEFAULT_SOURCE;
        form.sortOrder = sortOrder;
        form.active = false;
        return form;
    }

    /** The values of an item, to edit. */
    static PrescreenItemForm of(PrescreenItemsBacking.Row row) {
        PrescreenItemForm form = new PrescreenItemForm();
        form.editing = row.id();
        form.version = row.version();
        form.code = row.code();
        form.textVi = row.textVi();
        form.textEn = row.textEn();
        form.legalSource = row.legalSource();
        form.sortOrder = row.sortOrder();
        form.mandatory = row.mandatory();
        form.active = row.active();
        form.adminNote = row.adminNote();
        return form;
    }

    Long editing() { return editing; }
    long version() { return version; }
    int order() { return sortOrder == null ? 0 : sortOrder; }

    public String getCode() { return code; }
    public String getTextVi() { return textVi; }
    public void setTextVi(String textVi) { this.textVi = textVi; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getLegalSource() { return legalSource; }
    public void setLegalSource(String legalSource) { this.legalSource = legalSource; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isMandatory() { return mandatory; }
    public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getAdminNote() { return adminNote; }
    public void setAdminNote(String adminNote) { this.adminNote = adminNote; }
}
