package vn.ocop.geography.entity;

/** The tier of an administrative unit. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE
}
