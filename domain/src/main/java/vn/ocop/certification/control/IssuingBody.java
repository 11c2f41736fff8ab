package vn.ocop.certification.control;

import vn.ocop.shared.control.PrintingBody;

/**
 * The People's Committee that issues decisions and certificates: its administrative code (the certificate numbers
 * carry it), the two lines of its header, its name in the authority line, its short name and the place of signing.
 * One customer today, Đan Phượng (district code 273, reference §8.1).
 */
public record IssuingBody(String code, String headerLine1, String headerLine2, String authority, String shortName,
                          String place) {

    public static final IssuingBody DAN_PHUONG = new IssuingBody("273", "ỦY BAN NHÂN DÂN", PrintingBody.DISTRICT,
            "ỦY BAN NHÂN DÂN " + PrintingBody.DISTRICT, "UBND huyện " + PrintingBody.PLACE, PrintingBody.PLACE);

    public static IssuingBody of(String code) {
        if (DAN_PHUONG.code().equals(code)) {
            return DAN_PHUONG;
        }
        throw new IllegalArgumentException("unknown issuing body " + code);
    }

    /** The body's name as one line, e.g. "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG". */
    public String fullName() {
        return authority;
    }
}
