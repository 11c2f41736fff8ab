package vn.ocop.demo;

import vn.ocop.registration.entity.DossierItem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Small but well-formed one-page PDFs that stand in for the scanned papers of the demonstration
 * dossiers (a business plan, a business registration…). Text in the standard Helvetica font, so
 * without diacritics; the real printed documents of the portal embed a Vietnamese font.
 */
final class DemoFiles {

    private DemoFiles() {
    }

    static byte[] pdf(String... lines) {
        StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 770 Td 18 TL\n");
        for (String line : lines) {
            text.append('(').append(plain(line)).append(") Tj T*\n");
        }
        text.append("ET\n");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "endstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    static String title(DossierItem item) {
        return switch (item) {
            case BUSINESS_PLAN -> "Phuong an san xuat kinh doanh";
            case ORGANISATION_DESCRIPTION -> "Ban mo ta to chuc san xuat kinh doanh";
            case BUSINESS_REGISTRATION -> "Giay chung nhan dang ky kinh doanh (ban sao)";
            case FOOD_SAFETY_CERTIFICATE -> "Giay chung nhan co so du dieu kien an toan thuc pham";
            default -> item.name();
        };
    }

    static String name(DossierItem item, String product) {
        String kind = switch (item) {
            case BUSINESS_PLAN -> "Phương án kinh doanh";
            case ORGANISATION_DESCRIPTION -> "Mô tả tổ chức";
            case BUSINESS_REGISTRATION -> "Đăng ký kinh doanh";
            case FOOD_SAFETY_CERTIFICATE -> "Giấy chứng nhận ATTP";
            default -> "Tài liệu";
        };
        return kind + " - " + product + ".pdf";
    }

    /** ASCII for the standard font: diacritics dropped, "đ" as "d", PDF string delimiters escaped. */
    private static String plain(String line) {
        String ascii = Normalizer.normalize(line.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "?");
        return ascii.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
