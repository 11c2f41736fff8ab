package vn.ocop.geography.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A unit's name as pickers and filters show it: a unit no longer in force carries the last day it was
 * ("Xã Đan Phượng (đến 30/06/2025)"), so the former commune and the commune of 01/07/2025 of the same name are told
 * apart; a unit not yet in force carries its first day.
 */
@Named
@ApplicationScoped
public class UnitLabel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String of(UnitView unit) {
        if (unit == null) {
            return "";
        }
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        if (unit.validTo() != null && unit.validTo().isBefore(today)) {
            return unit.name() + " (" + Texts.get("geography.unit.until", unit.validTo().format(DAY)) + ")";
        }
        if (unit.validFrom() != null && unit.validFrom().isAfter(today)) {
            return unit.name() + " (" + Texts.get("geography.unit.from", unit.validFrom().format(DAY)) + ")";
        }
        return unit.name();
    }
}
