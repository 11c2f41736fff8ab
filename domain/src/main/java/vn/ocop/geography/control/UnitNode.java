package vn.ocop.geography.control;

import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;

import java.time.LocalDate;

/** A unit of the official list or of the database, as {@link UnitImport}'s checks see it. */
final class UnitNode {
    final int row;
    final AdministrativeUnit stored;
    final String code;
    final LocalDate validFrom;
    LocalDate validTo;
    UnitType type;
    String name;
    String parentCode;
    UnitNode parent;
    AdministrativeUnit created;

    UnitNode(int row, AdministrativeUnit stored, String code, LocalDate validFrom) {
        this.row = row;
        this.stored = stored;
        this.code = code;
        this.validFrom = validFrom;
    }

    boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the two units are valid on a common day. */
    boolean overlaps(UnitNode other) {
        LocalDate start = validFrom == null ? other.validFrom : other.validFrom == null || validFrom.isAfter(other.validFrom)
                ? validFrom : other.validFrom;
        LocalDate end = validTo == null ? other.validTo : other.validTo == null || validTo.isBefore(other.validTo)
                ? validTo : other.validTo;
        return start == null || end == null || !end.isBefore(start);
    }

    AdministrativeUnit unit() {
        return stored != null ? stored : created;
    }
}
