package vn.ocop.geography.boundary;

import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.entity.Numbering;

import java.time.LocalDate;

/** An issuing body as its settings list shows it: its code, names, level, period in office and how it numbers decisions. */
public record BodyNumbering(String code, String nameVi, String nameEn, String level, LocalDate validFrom, LocalDate validTo,
                            Numbering numbering) {

    static BodyNumbering of(IssuingBody b) {
        return new BodyNumbering(b.getCode(), b.getNameVi(), b.getNameEn(), b.getLevel().name(), b.getValidFrom(), b.getValidTo(),
                b.getNumbering());
    }
}
