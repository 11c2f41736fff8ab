package vn.ocop.rating.control;

import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.MemberRole;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Vietnamese words and numbers that the printed rating documents (a member's sheet, the minutes
 * of a council session) use for the rating's values. Official documents are always in Vietnamese,
 * whatever the reader's language, so these are not bundle texts.
 */
public final class PrintedResults {

    private PrintedResults() {
    }

    /** "cấp huyện", "cấp tỉnh/thành phố", … */
    public static String level(EvaluationLevel level) {
        return switch (level) {
            case COMMUNE -> "cấp xã";
            case DISTRICT -> "cấp huyện";
            case PROVINCE -> "cấp tỉnh/thành phố";
            case CENTRAL -> "cấp trung ương";
        };
    }

    /** The level above, where a round's products are forwarded (the central level stays itself). */
    public static EvaluationLevel next(EvaluationLevel level) {
        return switch (level) {
            case COMMUNE -> EvaluationLevel.DISTRICT;
            case DISTRICT -> EvaluationLevel.PROVINCE;
            case PROVINCE, CENTRAL -> EvaluationLevel.CENTRAL;
        };
    }

    public static String role(MemberRole role) {
        return switch (role) {
            case CHAIR -> "Chủ tịch Hội đồng";
            case VICE_CHAIR -> "Phó Chủ tịch Hội đồng";
            case MEMBER -> "Ủy viên";
            case SECRETARY -> "Thư ký Hội đồng";
        };
    }

    /**
     * The conclusion as the table of the minutes words it: "Công nhận 3 sao", "Đề nghị cấp tỉnh/thành
     * phố đánh giá", "Trả hồ sơ để hoàn thiện", "Không công nhận"; "Chưa có phiếu chấm" without one.
     *
     * @param forwardTo where a forwarded product goes (null: the level above {@code level})
     */
    public static String conclusion(Conclusion conclusion, Integer stars, EvaluationLevel level, EvaluationLevel forwardTo) {
        if (conclusion == null) {
            return "Chưa có phiếu chấm";
        }
        String to = level(forwardTo == null ? next(level) : forwardTo);
        return switch (conclusion) {
            case RECOGNISE -> "Công nhận " + stars + " sao";
            case RECOGNISE_AND_FORWARD -> "Công nhận " + stars + " sao, đề nghị " + to + " đánh giá";
            case FORWARD -> "Đề nghị " + to + " đánh giá";
            case RETURN_FOR_COMPLETION -> "Trả hồ sơ để hoàn thiện";
            case NOT_RECOGNISED -> "Không công nhận";
        };
    }

    /** A mean or a difference as printed, two decimals with the Vietnamese comma: "72,50"; empty for none. */
    public static String mean(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /**
     * The star marks that lowered a class, as the result keeps them ("4★: Phần A › … (≥ 2; 1.67)"),
     * with the Vietnamese decimal comma ("1,67"); null for none.
     */
    public static String gates(String gatedText) {
        return gatedText == null || gatedText.isBlank() ? null : gatedText.strip().replaceAll("(?<=\\d)\\.(?=\\d)", ",");
    }

    /** A date of the minutes' legal bases and the member's sheet: "20/09/2024". */
    public static String date(java.time.LocalDate date) {
        return date == null ? "" : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
