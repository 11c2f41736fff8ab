package vn.ocop.certification.entity;

import java.util.List;

/**
 * Who signs for the People's Committee (Decree 30/2020): the chair ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") or a vice
 * chair on the chair's behalf ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
public enum SigningMode {
    CHAIR(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
    DEPUTY(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));

    private final List<String> lines;

    SigningMode(List<String> lines) {
        this.lines = lines;
    }

    /** The lines printed above the signature. */
    public List<String> lines() {
        return lines;
    }
}
