package vn.ocop.geography.control;

import vn.ocop.geography.entity.UnitType;

/** The Vietnamese names of the unit types: in full, as the unit lists write them, and as official documents print them. */
public final class UnitLabels {

    private UnitLabels() {
    }

    /** The name in full, as the unit list file writes it. */
    public static String type(UnitType type) {
        return switch (type) {
            case CENTRAL_CITY -> "Thành phố trực thuộc trung ương";
            case PROVINCE -> "Tỉnh";
            case URBAN_DISTRICT -> "Quận";
            case RURAL_DISTRICT -> "Huyện";
            case TOWN -> "Thị xã";
            case COMMUNE -> "Xã";
            case WARD -> "Phường";
            case TOWNSHIP -> "Thị trấn";
        };
    }

    /** The name as official documents print it: a city under the central government as "trực thuộc TW". */
    public static String printed(UnitType type) {
        return type == UnitType.CENTRAL_CITY ? "Thành phố trực thuộc TW" : type(type);
    }
}
