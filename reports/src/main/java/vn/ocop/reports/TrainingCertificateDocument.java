package vn.ocop.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate of completion of a training course (giấy chứng nhận hoàn thành khóa đào tạo), A4
 * landscape, issued by the district People's Committee.
 *
 * @param letterhead the issuing body, the place and the day of issue
 * @param number the certificate's number, e.g. "DT-2019-0001"
 * @param name the participant's full name
 * @param organisation the producer or unit the participant came from, or {@code null}
 * @param courseTitle the course's title
 * @param courseCode the course's code
 * @param startDate first day of the course
 * @param endDate last day of the course
 * @param hours the course's hours, or {@code null}
 * @param organiser who organised the course
 * @param verification how to check the certificate, e.g. the public address with the number
 */
public record TrainingCertificateDocument(Letterhead letterhead, String number, String name, String organisation, String courseTitle,
                                          String courseCode, LocalDate startDate, LocalDate endDate, Integer hours,
                                          String organiser, String verification) {

    public TrainingCertificateDocument {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }
}
