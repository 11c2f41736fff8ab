package vn.ocop.registration.control;

import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.control.VietnameseText;

/**
 * The layout of the producer workbooks, in Vietnamese as the districts keep their lists: sheet
 * names, columns (header, whether required, width) and the Vietnamese names of the values. The
 * import finds its columns by header, so a user may reorder them or add columns of their own.
 */
public final class WorkbookLayout {

    public static final String PRODUCERS = "Chủ thể";
    public static final String PRODUCTS = "Sản phẩm";
    public static final String GUIDE = "Hướng dẫn";
    public static final String LIST = "Danh sách chủ thể";

    /** The criteria set whose product sets new products are registered under. */
    public static final String CRITERIA_SET = "148/QĐ-TTg";

    /** Excel's number format for dates shown as dd/MM/yyyy. */
    public static final String DATE_FORMAT = "dd/mm/yyyy";

    public static final String MALE = "MALE";
    public static final String FEMALE = "FEMALE";

    private WorkbookLayout() {
    }

    /** A column of an import sheet. */
    public interface Column {

        Heading heading();

        default String header() {
            return heading().header();
        }

        default boolean required() {
            return heading().required();
        }

        default int width() {
            return heading().width();
        }

        /** The header as written in the template: required columns are marked with an asterisk. */
        default String title() {
            return required() ? header() + " *" : header();
        }
    }

    /** What a column of an import sheet shows: its header, whether a value is required, its width. */
    public record Heading(String header, boolean required, int width) {
    }

    /** The columns of the sheet "Chủ thể". */
    public enum ProducerColumn implements Column {
        NAME("Tên chủ thể", true, 40),
        TYPE("Loại hình", true, 30),
        TAX_CODE("Mã số thuế / số đăng ký", true, 22),
        COMMUNE("Xã, phường, thị trấn", true, 30),
        ADDRESS("Địa chỉ", true, 40),
        REPRESENTATIVE("Người đại diện", true, 26),
        TITLE("Chức vụ người đại diện", false, 20),
        GENDER("Giới tính người đại diện", false, 12),
        ETHNICITY("Dân tộc người đại diện", false, 14),
        PHONE("Điện thoại", false, 16),
        EMAIL("Email", false, 28),
        MEMBERS("Số thành viên", false, 12),
        WORKERS("Số lao động", false, 12),
        REGISTERED_ON("Ngày đăng ký (dd/MM/yyyy)", false, 16);

        private final Heading heading;

        ProducerColumn(String header, boolean required, int width) {
            this.heading = new Heading(header, required, width);
        }

        @Override
        public Heading heading() {
            return heading;
        }
    }

    /** The columns of the sheet "Sản phẩm": each product names its producer by tax code. */
    public enum ProductColumn implements Column {
        PRODUCER_TAX_CODE("Mã số thuế / số đăng ký của chủ thể", true, 26),
        NAME("Tên sản phẩm", true, 40),
        PRODUCT_SET("Bộ sản phẩm (mã)", true, 40);

        private final Heading heading;

        ProductColumn(String header, boolean required, int width) {
            this.heading = new Heading(header, required, width);
        }

        @Override
        public Heading heading() {
            return heading;
        }
    }

    /** The Vietnamese name of a legal form, as the workbooks write it: the same as the printed documents. */
    public static String label(ProducerType type) {
        return PrintedLabels.producerType(type);
    }

    public static String label(ProducerStatus status) {
        return switch (status) {
            case ACTIVE -> "Đang tham gia";
            case INACTIVE -> "Ngừng tham gia";
        };
    }

    /** The Vietnamese name of a recorded gender (MALE, FEMALE), or the text as recorded. */
    public static String genderLabel(String gender) {
        if (MALE.equals(gender)) {
            return "Nam";
        }
        return FEMALE.equals(gender) ? "Nữ" : gender;
    }

    /** How a header or a value is compared: no diacritics, no case, no asterisk, single spaces around dashes. */
    static String key(String text) {
        return VietnameseText.searchKey(text == null ? null : text.replace('*', ' ').replace('–', '-').replace('—', '-'))
                .replaceAll("\\s*-\\s*", " - ").strip();
    }
}
