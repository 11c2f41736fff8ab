package vn.ocop.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.util.Locale;

/**
 * One item the commune checks in a dossier before the City's council evaluates it (148/QĐ-TTg as amended by
 * 1489/QĐ-TTg). Data that the administrator edits; {@code adminNote} says where the reference is unsure and is shown
 * to administrators only.
 */
@Entity
@Table(name = "prescreen_item")
@NamedQuery(name = PrescreenItem.ALL, query = "SELECT i FROM PrescreenItem i ORDER BY i.sortOrder, i.id")
@NamedQuery(name = PrescreenItem.ACTIVE, query = "SELECT i FROM PrescreenItem i WHERE i.active = TRUE ORDER BY i.sortOrder, i.id")
public class PrescreenItem implements Auditable {

    public static final String ALL = "PrescreenItem.all";
    public static final String ACTIVE = "PrescreenItem.active";

    @Id
    @SequenceGenerator(name = "seq_prescreen_item", sequenceName = "seq_prescreen_item", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_prescreen_item")
    private Long id;

    @Column(nullable = false, length = 30, updatable = false)
    private String code;

    @Column(name = "text_vi", nullable = false, length = 500)
    private String textVi;

    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @Column(name = "legal_source", nullable = false, length = 300)
    private String legalSource;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "admin_note", length = 1000)
    private String adminNote;

    @Version
    private long version;

    protected PrescreenItem() {
    }

    /** An item (tests and data built in code). */
    public PrescreenItem(Long id, String code, String textVi, String textEn, boolean mandatory) {
        this.id = id;
        this.code = code;
        this.textVi = textVi;
        this.textEn = textEn;
        this.legalSource = "QĐ 1489/QĐ-TTg";
        this.mandatory = mandatory;
        this.active = true;
    }

    /** An item the administrator adds to the checklist, in use or prepared for later; its code is given by the checklist. */
    public static PrescreenItem added(String code, String textVi, String textEn, String legalSource, int sortOrder,
                                      boolean mandatory, boolean active, String adminNote) {
        PrescreenItem item = new PrescreenItem(null, code, "", "", mandatory);
        item.edit(textVi, textEn, legalSource, sortOrder, mandatory, active, adminNote);
        return item;
    }

    /** The administrator's edit: texts, source, order, whether mandatory and in use, the note for administrators. */
    public void edit(String textVi, String textEn, String legalSource, int sortOrder, boolean mandatory, boolean active,
                     String adminNote) {
        this.textVi = worded("textVi", textVi);
        this.textEn = worded("textEn", textEn);
        this.legalSource = printable("legalSource", VietnameseText.required("legalSource", legalSource, 300));
        String note = printable("adminNote", VietnameseText.normalise(adminNote));
        if (note != null && note.length() > 1000) {
            throw BusinessException.onField("adminNote", "error.tooLong", 1000);
        }
        this.sortOrder = sortOrder;
        this.mandatory = mandatory;
        this.active = active;
        this.adminNote = note;
    }

    /** An item's text: present, at most 500 characters, and with words (a number or a date alone says nothing). */
    private static String worded(String field, String value) {
        String text = printable(field, VietnameseText.required(field, value, 500));
        if (!text.codePoints().anyMatch(Character::isLetter)) {
            throw BusinessException.onField(field, "registration.prescreenItem.noWords");
        }
        return text;
    }

    /** Refuses control characters (they print as nothing, or break the print). */
    private static String printable(String field, String text) {
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.onField(field, "registration.prescreenItem.control");
        }
        return text;
    }

    /** The item's text in the language of the locale (Vietnamese unless English). */
    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textVi;
    }

    @Override
    public String auditType() {
        return "PrescreenItem";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "code=" + code + "; textVi=" + textVi + "; textEn=" + textEn + "; source=" + legalSource + "; order=" + sortOrder
                + "; mandatory=" + mandatory + "; active=" + active + "; note=" + (adminNote == null ? "-" : adminNote);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTextVi() {
        return textVi;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getLegalSource() {
        return legalSource;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public boolean isActive() {
        return active;
    }

    public String getAdminNote() {
        return adminNote;
    }

    public long getVersion() {
        return version;
    }
}
