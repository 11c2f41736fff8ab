package vn.ocop.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DownloadsTest {

    @Test
    void aVietnameseNameTravelsEncodedWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"danh-sach-chu-the-ocop-14-03-2025.xlsx\"; "
                        + "filename*=UTF-8''Danh%20s%C3%A1ch%20ch%E1%BB%A7%20th%E1%BB%83%20OCOP%2014-03-2025.xlsx",
                Downloads.contentDisposition("Danh sách chủ thể OCOP 14-03-2025.xlsx"));
    }

    @Test
    void theFallbackHasNoQuoteNoSlashAndNoDiacritics() {
        assertEquals("mau-nhap-chu-the-ocop-dan-phuong.xlsx", Downloads.ascii("Mẫu nhập \"chủ thể\" OCOP / Đan Phượng .xlsx"));
        assertEquals("download.xlsx", Downloads.ascii("Đ.xlsx".substring(1)));
        assertEquals("download", Downloads.ascii("  "));
    }

    @Test
    void decomposedTextIsSentComposed() {
        String decomposed = java.text.Normalizer.normalize("Mẫu.xlsx", java.text.Normalizer.Form.NFD);
        assertEquals("attachment; filename=\"mau.xlsx\"; filename*=UTF-8''M%E1%BA%ABu.xlsx",
                Downloads.contentDisposition(decomposed));
    }
}
