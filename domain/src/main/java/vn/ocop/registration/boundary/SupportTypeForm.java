package vn.ocop.registration.boundary;

import java.io.Serializable;

/**
 * A new type of support (no id) or the changes to one (id and the version that was read). The
 * code is given once, for a new type.
 */
public class SupportTypeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String nameVi;
    private String nameEn;
    private Integer position;
    private boolean active = true;

    public static SupportTypeForm of(SupportTypeView type) {
        SupportTypeForm form = new SupportTypeForm();
        form.id = type.id();
        form.version = type.version();
        form.code = type.code();
        form.nameVi = type.nameVi();
        form.nameEn = type.nameEn();
        form.position = type.position();
        form.active = type.active();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
