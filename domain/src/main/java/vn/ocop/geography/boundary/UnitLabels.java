package vn.ocop.geography.boundary;

import vn.ocop.geography.entity.UnitType;

/** The Vietnamese names of the unit types, as official documents print them. */
final class UnitLabels {

    private UnitLabels() {
    }

    static String type(UnitType type) {
        return switch (type) {
            case CENTRAL_CITY -> "Thành phố trực thuộc TW";
            case PROVINCE -> "Tỉnh";
            case URBAN_DISTRICT -> "Quận";
            case RURAL_DISTRICT -> "Huyện";
            case TOWN -> "Thị xã";
            case COMMUNE -> "Xã";
            case WARD -> "Phường";
            case TOWNSHIP -> "Thị trấn";
        };
    }
}
