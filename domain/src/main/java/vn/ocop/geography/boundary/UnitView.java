package vn.ocop.geography.boundary;

import java.io.Serializable;

import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.geography.entity.UnitType;

import java.time.LocalDate;
import java.util.List;

/** An administrative unit as lists, pages and the API show it, with its successors and whether it is demonstration data. */
public record UnitView(Long id, String code, String name, UnitLevel level, UnitType type, Long parentId,
                       String parentName, LocalDate validFrom, LocalDate validTo, List<Successor> successors, boolean demonstration) implements Serializable {

    public record Successor(Long id, String code, String name, boolean whole, LocalDate effectiveOn) implements Serializable {
    }

    public static UnitView of(AdministrativeUnit unit) {
        AdministrativeUnit parent = unit.getParent();
        return new UnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getLevel(), unit.getType(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getName(),
                unit.getValidFrom(), unit.getValidTo(),
                unit.getSuccessions().stream()
                        .map(s -> new Successor(s.getSuccessor().getId(), s.getSuccessor().getCode(),
                                s.getSuccessor().getName(), s.isWhole(), s.getEffectiveOn()))
                        .toList(), unit.isDemonstration());
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
