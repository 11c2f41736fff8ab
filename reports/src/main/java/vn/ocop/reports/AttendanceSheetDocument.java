package vn.ocop.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The attendance sheet of one session of a course, for the participants to sign (danh sách học
 * viên ký điểm danh), A4 portrait.
 *
 * @param issuingBodyLine1 e.g. "ỦY BAN NHÂN DÂN"
 * @param issuingBodyLine2 e.g. "HUYỆN ĐAN PHƯỢNG"
 * @param courseTitle the course's title
 * @param courseCode the course's code
 * @param sessionNumber the session's number within the course
 * @param sessionDate the day of the session
 * @param sessionTopic what the session is about, or {@code null}
 * @param venue where, or {@code null}
 * @param rows the participants, in print order
 */
public record AttendanceSheetDocument(String issuingBodyLine1, String issuingBodyLine2, String courseTitle,
                                      String courseCode, int sessionNumber, LocalDate sessionDate, String sessionTopic,
                                      String venue, List<Row> rows) {

    public AttendanceSheetDocument {
        Objects.requireNonNull(sessionDate, "sessionDate");
        rows = List.copyOf(rows);
    }

    /**
     * One participant.
     *
     * @param no sequence number
     * @param name full name
     * @param organisation producer or unit
     * @param commune commune (or district) the participant belongs to
     */
    public record Row(int no, String name, String organisation, String commune) {
    }
}
