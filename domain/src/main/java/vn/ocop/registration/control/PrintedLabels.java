package vn.ocop.registration.control;

import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.RegistrationType;

/** The Vietnamese words that printed registration documents use for the registration's values. */
public final class PrintedLabels {

    private PrintedLabels() {
    }

    public static String producerType(ProducerType type) {
        return switch (type) {
            case ENTERPRISE -> "Doanh nghiệp";
            case COOPERATIVE -> "Hợp tác xã";
            case COOPERATIVE_GROUP -> "Tổ hợp tác";
            case HOUSEHOLD_BUSINESS -> "Hộ sản xuất có đăng ký kinh doanh";
        };
    }

    public static String registrationType(RegistrationType type) {
        return switch (type) {
            case FIRST_TIME -> "Đánh giá lần đầu";
            case UPGRADE -> "Đánh giá nâng hạng";
            case RE_EVALUATION -> "Đánh giá lại";
        };
    }

    public static String item(DossierItem item) {
        return switch (item) {
            case REGISTRATION_FORM -> "Phiếu đăng ký sản phẩm";
            case SELF_ASSESSMENT -> "Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí";
            case BUSINESS_PLAN -> "Phương án / dự án sản xuất kinh doanh";
            case ORGANISATION_DESCRIPTION -> "Bản mô tả tổ chức sản xuất kinh doanh của chủ thể";
            case BUSINESS_REGISTRATION -> "Bản sao giấy chứng nhận đăng ký kinh doanh";
            case FOOD_SAFETY_CERTIFICATE -> "Giấy chứng nhận đủ điều kiện sản xuất, an toàn thực phẩm";
            case QUALITY_DECLARATION -> "Bản công bố chất lượng, tiêu chuẩn sản phẩm";
            case TEST_REPORT -> "Phiếu kết quả kiểm nghiệm";
            case BARCODE_TRACEABILITY -> "Mã số mã vạch, tem truy xuất nguồn gốc";
            case INTELLECTUAL_PROPERTY -> "Giấy chứng nhận nhãn hiệu, sở hữu trí tuệ, chỉ dẫn địa lý";
            case RAW_MATERIAL_ORIGIN -> "Nguồn gốc nguyên liệu, hợp đồng liên kết, hồ sơ môi trường";
            case QUALITY_MANAGEMENT -> "Hệ thống quản lý chất lượng, kế hoạch kiểm soát chất lượng";
            case PRODUCT_STORY -> "Câu chuyện sản phẩm";
            case MARKET_EVIDENCE -> "Phát triển thị trường, quảng bá, giải thưởng";
            case PRODUCTION_REPORT -> "Báo cáo tình hình sản xuất, kinh doanh 3 năm (đánh giá lại)";
            case OTHER -> "Tài liệu khác";
            case PHOTO -> "Ảnh sản phẩm";
        };
    }

    public static final String SAMPLES = "05 mẫu sản phẩm";
    public static final String MANDATORY = "Bắt buộc";
    public static final String SUPPORTING = "Bổ sung";
    public static final String PRESENT = "Đã có";
    public static final String MISSING = "Còn thiếu";
    public static final String COUNCIL = "Hội đồng đánh giá, phân hạng sản phẩm OCOP ";
    public static final String NOT_MANDATORY = "Không bắt buộc";

    /** An item's result as the printed pre-screen says it. */
    public static String result(vn.ocop.registration.entity.ItemResult result) {
        return switch (result) {
            case MET -> "Đạt";
            case NOT_MET -> "Chưa đạt";
            case NOT_APPLICABLE -> "Không áp dụng";
        };
    }

    /** A pre-screen's outcome as the printed pre-screen says it. */
    public static String outcome(vn.ocop.registration.entity.PrescreenOutcome outcome) {
        return switch (outcome) {
            case PASSED -> "Đạt, chuyển Thành phố đánh giá";
            case RETURNED -> "Trả lại chủ thể hoàn thiện hồ sơ";
        };
    }
}
