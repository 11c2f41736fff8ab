package vn.ocop.certification.boundary;

import vn.ocop.geography.boundary.BodyNumbering;
import vn.ocop.geography.entity.Numbering;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An issuing body as the numbering settings show it: how it numbers its decisions, how many it issued this year and
 * the last of them (the highest number and its signing day), null when none.
 */
public record BodyRegister(String code, String nameVi, String nameEn, String level, LocalDate validTo, Numbering numbering,
                           int year, long issued, String lastNumber, LocalDate lastSignedOn) implements Serializable {

    static BodyRegister of(BodyNumbering b, int year, long issued, String lastNumber, LocalDate lastSignedOn) {
        return new BodyRegister(b.code(), b.nameVi(), b.nameEn(), b.level(), b.validTo(), b.numbering(), year, issued, lastNumber,
                lastSignedOn);
    }
}
