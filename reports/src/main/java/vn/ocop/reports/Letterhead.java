package vn.ocop.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The head of a document issued by a body: its two lines on the left and, on the right under the national motto,
 * "place, ngày … tháng … năm …". A {@code null} string prints as nothing.
 *
 * @param issuingBodyLine1 first line of the issuing body, e.g. "ỦY BAN NHÂN DÂN"
 * @param issuingBodyLine2 second line, printed bold, e.g. "HUYỆN ĐAN PHƯỢNG" or "XÃ ĐAN PHƯỢNG"
 * @param place place of issue or signing, e.g. "Đan Phượng"
 * @param date date of issue or signing
 */
public record Letterhead(String issuingBodyLine1, String issuingBodyLine2, String place, LocalDate date) {

    public Letterhead {
        Objects.requireNonNull(date, "date");
    }

    /** The parameters of the header, to which a layout adds its own. */
    Map<String, Object> parameters() {
        return Layout.headed(issuingBodyLine1, issuingBodyLine2, place, date);
    }
}
