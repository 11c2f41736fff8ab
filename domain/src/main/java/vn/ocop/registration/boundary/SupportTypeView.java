package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.SupportType;

/** A type of support as pickers and the reference-data table show it. */
public record SupportTypeView(Long id, String code, String nameVi, String nameEn, int position, boolean active,
                              long version) implements Serializable {

    static SupportTypeView of(SupportType t) {
        return new SupportTypeView(t.getId(), t.getCode(), t.getNameVi(), t.getNameEn(), t.getPosition(), t.isActive(),
                t.getVersion());
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
