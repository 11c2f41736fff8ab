package vn.ocop.shared.control;

/**
 * The body whose name heads the printed documents, and the place on their date line. One
 * customer today (UBND huyện Đan Phượng); a later change makes this a setting of the server.
 */
public final class PrintingBody {

    public static final String DISTRICT = "HUYỆN ĐAN PHƯỢNG";
    public static final String PLACE = "Đan Phượng";

    private PrintingBody() {
    }
}
