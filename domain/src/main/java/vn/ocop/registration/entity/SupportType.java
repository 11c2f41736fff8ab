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
import java.util.regex.Pattern;

/**
 * A kind of support of the city's policy (machinery, branding, business plans, experts, product
 * analysis…): reference data that the district office names, orders and retires. A retired type
 * stays on the supports recorded with it but is no longer offered for new ones.
 */
@Entity
@Table(name = "support_type")
@NamedQuery(name = SupportType.ALL, query = "SELECT t FROM SupportType t ORDER BY t.position, t.id")
@NamedQuery(name = SupportType.BY_CODE, query = "SELECT t FROM SupportType t WHERE t.code = :code")
public class SupportType implements Auditable {

    public static final String ALL = "SupportType.all";
    public static final String BY_CODE = "SupportType.byCode";

    public static final int MAX_NAME = 200;
    public static final int MAX_POSITION = 999;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    @Id
    @SequenceGenerator(name = "seq_support_type", sequenceName = "seq_support_type", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_support_type")
    private Long id;

    @Column(nullable = false, length = 30, updatable = false)
    private String code;

    @Column(name = "name_vi", nullable = false, length = MAX_NAME)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected SupportType() {
    }

    /** A new, active type; the code (upper case, digits, "_") never changes afterwards. */
    public SupportType(String code, String nameVi, String nameEn, int position) {
        this.code = canonicalCode(code);
        rename(nameVi, nameEn);
        moveTo(position);
        this.active = true;
    }

    /** The code as stored: upper case, 2–30 of A–Z, 0–9 and "_", starting with a letter. */
    public static String canonicalCode(String code) {
        String text = VietnameseText.normalise(code);
        if (text == null) {
            throw BusinessException.onField("code", "error.required");
        }
        text = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!CODE.matcher(text).matches()) {
            throw BusinessException.onField("code", "registration.supportType.codeFormat");
        }
        return text;
    }

    public final void rename(String nameVi, String nameEn) {
        this.nameVi = VietnameseText.required("nameVi", nameVi, MAX_NAME);
        this.nameEn = VietnameseText.required("nameEn", nameEn, MAX_NAME);
    }

    /** The place of the type in lists and totals (1 first). */
    public final void moveTo(int position) {
        if (position < 1 || position > MAX_POSITION) {
            throw BusinessException.onField("position", "registration.supportType.position", MAX_POSITION);
        }
        this.position = position;
    }

    /** No longer offered for new supports; the supports recorded with it keep it. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** The name in the reader's language (Vietnamese unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    @Override
    public String auditType() {
        return "SupportType";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "code=" + code + "; nameVi=" + nameVi + "; nameEn=" + nameEn + "; position=" + position + "; active="
                + active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
