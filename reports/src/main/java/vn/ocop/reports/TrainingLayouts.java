package vn.ocop.reports;

import static vn.ocop.reports.Styled.joined;
import static vn.ocop.reports.Styled.shortDate;
import static vn.ocop.reports.Styled.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The documents of training: the certificate of completion, a session's attendance sheet, the year's coverage. */
final class TrainingLayouts {

    private TrainingLayouts() {
    }

    /**
     * A certificate of completion of a training course, A4 landscape: the header of the issuing body, the
     * participant's name, the course and its dates, the number and how to verify it, the signature block.
     */
    static Layout of(TrainingCertificateDocument document) {
        Map<String, Object> parameters = document.letterhead().parameters();
        parameters.put("number", "Số: " + document.number());
        parameters.put("name", text(document.name()));
        parameters.put("organisation", text(document.organisation()).isBlank() ? null : "Đơn vị: " + document.organisation());
        parameters.put("course", "Đã hoàn thành khóa đào tạo \u201c" + text(document.courseTitle()) + "\u201d (mã khóa "
                + text(document.courseCode()) + ")");
        parameters.put("dates", "Thời gian: từ ngày " + shortDate(document.startDate()) + " đến ngày "
                + shortDate(document.endDate()) + (document.hours() == null ? "" : ", " + document.hours() + " giờ học")
                + (text(document.organiser()).isBlank() ? "" : "; đơn vị tổ chức: " + document.organiser()));
        parameters.put("verification", text(document.verification()));
        return new Layout("training-certificate", parameters, List.of());
    }

    /** The attendance sheet of one session, A4 portrait, one row per participant with room to sign. */
    static Layout of(AttendanceSheetDocument document) {
        Map<String, Object> parameters = Layout.headed(document.issuingBodyLine1(), document.issuingBodyLine2(), null, null);
        parameters.put("course", text(document.courseTitle()) + " (" + text(document.courseCode()) + ")");
        parameters.put("session", joined(" \u2013 ", "Buổi " + document.sessionNumber() + ", ngày "
                + shortDate(document.sessionDate()), document.sessionTopic()));
        parameters.put("venue", text(document.venue()).isBlank() ? null : "Địa điểm: " + document.venue());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (AttendanceSheetDocument.Row row : document.rows()) {
            rows.add(Map.of("no", row.no(), "name", text(row.name()), "organisation", text(row.organisation()),
                    "commune", text(row.commune())));
        }
        return new Layout("attendance-sheet", parameters, rows);
    }

    /** The coverage of a year's training against the plan's targets, A4 portrait. */
    static Layout of(TrainingCoverageDocument document) {
        Map<String, Object> parameters = document.letterhead().parameters();
        parameters.put("title", "BÁO CÁO KẾT QUẢ ĐÀO TẠO, TẬP HUẤN OCOP NĂM " + document.year());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (TrainingCoverageDocument.Row row : document.rows()) {
            rows.add(Map.of("audience", text(row.audience()), "unit", text(row.unit()), "required", row.required(),
                    "trained", row.trained(), "percent", text(row.percent()), "target", text(row.target()),
                    "untrained", text(row.untrained()), "total", row.total()));
        }
        return new Layout("training-coverage", parameters, rows);
    }
}
