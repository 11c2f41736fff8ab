package vn.ocop.geography.entity;

/** The legal kind of an administrative unit; each belongs to one level. */
public enum UnitType {
    CENTRAL_CITY(UnitLevel.PROVINCE),
    PROVINCE(UnitLevel.PROVINCE),
    URBAN_DISTRICT(UnitLevel.DISTRICT),
    RURAL_DISTRICT(UnitLevel.DISTRICT),
    TOWN(UnitLevel.DISTRICT),
    COMMUNE(UnitLevel.COMMUNE),
    WARD(UnitLevel.COMMUNE),
    TOWNSHIP(UnitLevel.COMMUNE);

    private final UnitLevel level;

    UnitType(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }
}
