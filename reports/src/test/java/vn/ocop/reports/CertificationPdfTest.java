package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The recognition decision (with its annex) and the certificates, read back with PDFBox. */
class CertificationPdfTest {

    private final Documents documents = new Documents();

    @Test
    void decisionPrintsItsVietnameseTextOnA4PortraitWithEmbeddedFonts() throws IOException {
        try (PDDocument pdf = Pdfs.load(documents.pdf(CertificationSamples.decision(40, false)), "decision-sample.pdf")) {
            Pdfs.assertA4Portrait(pdf);
            Pdfs.assertEmbedsLiberationSerif(pdf);
            String text = Pdfs.text(pdf);
            Pdfs.assertContainsAll(text,
                "ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 123/QĐ-UBND", "Đan Phượng, ngày 05 tháng 12 năm 2019", "QUYẾT ĐỊNH",
                "Về việc công nhận kết quả đánh giá, phân hạng sản phẩm OCOP", "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG",
                "Căn cứ Luật Tổ chức chính quyền địa phương", "Theo đề nghị của Trưởng phòng Kinh tế huyện.", "QUYẾT ĐỊNH:",
                "Điều 1. Công nhận 40 sản phẩm", "Điều 2.", "36 tháng kể từ ngày ký", "Điều 3.", "kể từ ngày ký./.",
                "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Nguyễn Văn Thắng");
            assertFalse(text.contains("DỰ THẢO"), "an issued decision is no draft");
            assertFalse(text.contains("null"));
        }
    }

    @Test
    void annexStartsOnANewPageWithItsTableRepeatedAndPagesNumberedFromTwo() throws IOException {
        try (PDDocument pdf = Pdfs.load(documents.pdf(CertificationSamples.decision(40, false)), "decision-annex-sample.pdf")) {
            assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
            List<String> first = Pdfs.lines(pdf, 1);
            assertTrue(first.get(0).startsWith("ỦY BAN NHÂN DÂN"), () -> "page 1 starts with " + first.get(0));
            int annexPage = IntStream.rangeClosed(2, pdf.getNumberOfPages())
                    .filter(p -> lines(pdf, p).stream().anyMatch(l -> l.equals("Phụ lục"))).findFirst().orElseThrow();
            List<String> annex = Pdfs.lines(pdf, annexPage);
            assertEquals(String.valueOf(annexPage), annex.get(0), "page number on top of the annex page");
            assertEquals("Phụ lục", annex.get(1));
            assertTrue(String.join(" ", annex).contains("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT SẢN PHẨM OCOP NĂM 2019"));
            assertTrue(String.join(" ", annex).contains("(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/12/2019 của UBND huyện Đan Phượng)"));
            assertTrue(annex.stream().anyMatch(l -> l.startsWith("I. SẢN PHẨM ĐẠT 4 SAO")), () -> "groups: " + annex);
            assertTrue(annex.stream().noneMatch(l -> l.contains("Nơi nhận")), "the annex has a page of its own");
            String all = Pdfs.text(pdf);
            Pdfs.assertContainsAll(all, "STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Nhóm, bộ sản phẩm", "Điểm",
                "Hạng sao", "Ghi chú", "(1)", "(8)", "Giò chả Ước Lễ 3", "Hợp tác xã Nông nghiệp Thượng Mỗ 40",
                "72,43", "4 sao", "3 sao", "Đánh giá lại", "II. SẢN PHẨM ĐẠT 3 SAO");
            List<String> last = Pdfs.lines(pdf, pdf.getNumberOfPages());
            assertEquals(String.valueOf(pdf.getNumberOfPages()), last.get(0));
            assertTrue(last.get(1).startsWith("STT"), () -> "table header repeated: " + last.get(1));
        }
    }

    @Test
    void theLastArticleRecipientsAndSignatureStayOnOnePageWhateverTheLengthOfTheBases() throws IOException {
        DecisionDocument sample = CertificationSamples.decision(0, false);
        for (int extra = 0; extra <= 12; extra++) {
            List<String> bases = new java.util.ArrayList<>(sample.bases());
            for (int i = 0; i < extra; i++) {
                bases.add(0, "Căn cứ Nghị quyết số " + (10 + i) + "/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân "
                        + "Thành phố về chính sách hỗ trợ phát triển sản phẩm OCOP trên địa bàn Thành phố giai đoạn 2025 - 2030;");
            }
            DecisionDocument decision = new DecisionDocument(sample.issuingBodyLine1(), sample.issuingBodyLine2(), sample.numberLine(),
                    sample.place(), sample.date(), false, sample.type(), sample.summary(), sample.authority(), bases,
                    sample.articles(), sample.recipients(), sample.signature(), sample.signer(), null);
            try (PDDocument pdf = Pdfs.load(documents.pdf(decision), "decision-keep-" + extra + ".pdf")) {
                int signed = IntStream.rangeClosed(1, pdf.getNumberOfPages())
                        .filter(p -> lines(pdf, p).stream().anyMatch(l -> l.contains("Nơi nhận"))).findFirst().orElseThrow();
                String page = String.join(" ", lines(pdf, signed));
                int at = extra;
                assertTrue(page.contains("Điều 3.") && page.contains("Nguyễn Văn Thắng") && page.contains("PHÓ CHỦ TỊCH"),
                        () -> at + " more bases: the signature's page " + signed + " holds " + page);
            }
        }
    }

    @Test
    void draftSaysSoAndLeavesNumberAndDateToFillIn() throws IOException {
        try (PDDocument pdf = Pdfs.load(documents.pdf(CertificationSamples.decision(3, true)), "decision-draft-sample.pdf")) {
            String text = Pdfs.text(pdf);
            assertTrue(text.contains("DỰ THẢO"));
            assertTrue(text.contains("/QĐ-UBND"));
            assertTrue(text.contains("Đan Phượng, ngày … tháng … năm …"), text);
        }
    }

    @Test
    void certificateIsA4LandscapeWithStarsNumberDecisionValidityAndVerification() throws IOException {
        try (PDDocument pdf = Pdfs.load(documents.pdf(CertificationSamples.certificate(1)), "certificate-sample.pdf")) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertEquals(842, size.getWidth(), 1);
            assertEquals(595, size.getHeight(), 1);
            List<String> fonts = Pdfs.embeddedFonts(pdf);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif")), () -> "fonts: " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), () -> "the stars' font: " + fonts);
            String text = Pdfs.text(pdf);
            Pdfs.assertContainsAll(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG", "GIẤY CHỨNG NHẬN", "SẢN PHẨM OCOP",
                "Chương trình Mỗi xã một sản phẩm (OCOP) năm 2019", "Giò chả Ước Lễ – hộp 500 g 1",
                "Chủ thể: Hợp tác xã Nông nghiệp Thượng Mỗ", "Địa chỉ: Thôn Đoài, xã Thượng Mỗ, huyện Đan Phượng, Hà Nội",
                "★★★★", "Sản phẩm OCOP 4 sao", "Số: OCOP-273-2019-0001",
                "Quyết định số 123/QĐ-UBND, ngày 05 tháng 12 năm 2019", "Có giá trị đến hết ngày 04/12/2022",
                "Tra cứu: http://localhost:8080/ocop/verify.xhtml?number=OCOP-273-2019-0001",
                "Đan Phượng, ngày 05 tháng 12 năm 2019", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Văn Thắng");
            assertFalse(text.contains("★★★★★"), "four stars, not five");
        }
    }

    /** Đan Phượng's 2019 practice: a district-level recognition prints its level, never a star class. */
    @Test
    void aCertificateOfARecognitionAtDistrictLevelPrintsTheLevelAndNoStars() throws IOException {
        CertificateDocument c = CertificationSamples.certificate(2);
        CertificateDocument local = new CertificateDocument(c.issuingBody(), c.programmeYear(), "Chuối tiêu hồng Thọ Xuân",
                c.producerName(), c.producerAddress(), 5, c.number(), "2790/QĐ-UBND", c.decisionDate(), c.validUntil(), c.place(),
                c.signature(), c.signer(), c.verificationUrl(), "cấp huyện");
        byte[] bytes = documents.pdf(local);
        try (PDDocument pdf = Pdfs.load(bytes, "certificate-district-level-sample.pdf")) {
            String text = Pdfs.text(pdf);
            Pdfs.assertContainsAll(text, "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG", "Chuối tiêu hồng Thọ Xuân", "Đạt", "CẤP HUYỆN",
                "Hạng sao do cấp có thẩm quyền đánh giá, công nhận", "Quyết định số 2790/QĐ-UBND");
            assertFalse(text.contains("★"), "no star drawn");
            assertTrue(Pdfs.embeddedFonts(pdf).stream().noneMatch(font -> font.contains("DejaVu")),
                    "the level prints in the document's face, not the stars' face");
            assertFalse(text.contains("Đạt hạng"), text);
            assertFalse(text.matches("(?s).*\\d sao.*"), "no class named: " + text);
        }
    }

    @Test
    void aBatchPrintsOnePagePerCertificateAndEachAlsoAlone() throws IOException {
        RenderedCertificates rendered = rendered(5);
        try (PDDocument pdf = batchInOrder(rendered, 5, "certificates-batch-sample.pdf")) {
            for (PDPage page : pdf.getPages()) {
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            }
        }
        try (PDDocument third = Pdfs.load(rendered.each().get(2), "certificate-3-sample.pdf")) {
            assertEquals(1, third.getNumberOfPages());
            assertTrue(Pdfs.text(third).contains("OCOP-273-2019-0003"));
        }
    }

    @Test
    void aLargeBatchRenderedInPartsKeepsTheOrderAndEachCertificateReadsAsPrintedAlone() throws IOException {
        RenderedCertificates rendered = rendered(60);
        batchInOrder(rendered, 60, "certificates-large-batch-sample.pdf").close();
        for (int i : new int[] {0, 29, 30, 59}) {
            try (PDDocument each = Pdfs.load(rendered.each().get(i), "certificate-of-large-batch-sample.pdf");
                 PDDocument alone = Pdfs.load(documents.pdf(CertificationSamples.certificate(i + 1)), "certificate-alone-sample.pdf")) {
                assertEquals(1, each.getNumberOfPages());
                assertEquals(Pdfs.text(alone), Pdfs.text(each), "certificate " + (i + 1));
                assertEquals(Pdfs.embeddedFonts(alone).size(), Pdfs.embeddedFonts(each).size(), "certificate " + (i + 1));
            }
        }
    }

    /** The sample certificates 1 … n rendered as a batch. */
    private RenderedCertificates rendered(int n) {
        RenderedCertificates rendered = documents.certificates(IntStream.rangeClosed(1, n).mapToObj(CertificationSamples::certificate).toList());
        assertEquals(n, rendered.each().size());
        return rendered;
    }

    /** The batch, checked to have one page per certificate in number order; the caller closes it. */
    private static PDDocument batchInOrder(RenderedCertificates rendered, int n, String fileName) throws IOException {
        PDDocument pdf = Pdfs.load(rendered.batch(), fileName);
        assertEquals(n, pdf.getNumberOfPages());
        for (int page = 1; page <= n; page++) {
            assertTrue(String.join(" ", Pdfs.lines(pdf, page)).contains(String.format("Số: OCOP-273-2019-%04d", page)), "page " + page);
        }
        return pdf;
    }

    @Test
    void noticeIsALetterWithoutAuthorityLineNorAnnex() throws IOException {
        DecisionDocument notice = new DecisionDocument("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", null, "Đan Phượng",
                java.time.LocalDate.of(2022, 11, 1), false, "THÔNG BÁO",
                List.of("Về việc Giấy chứng nhận sản phẩm OCOP sắp hết hiệu lực"), null, List.of(),
                List.of(new DecisionDocument.Article(null, "Kính gửi: Hợp tác xã Nông nghiệp Thượng Mỗ."),
                        new DecisionDocument.Article(null, "UBND huyện Đan Phượng thông báo: Giấy chứng nhận sản phẩm OCOP số"
                                + " OCOP-273-2019-0001 có giá trị đến hết ngày 04/12/2022./.")),
                List.of("Như trên;", "UBND Xã Thượng Mỗ;", "Lưu: VT, KT."), CertificationSamples.SIGNATURE, null, null);
        try (PDDocument pdf = Pdfs.load(documents.pdf(notice), "notice-sample.pdf")) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = Pdfs.text(pdf);
            assertTrue(text.contains("THÔNG BÁO") && text.contains("Kính gửi: Hợp tác xã Nông nghiệp Thượng Mỗ."), text);
            assertTrue(text.contains("Đan Phượng, ngày 01 tháng 11 năm 2022"), text);
            assertFalse(text.contains("QUYẾT ĐỊNH"), "no authority line nor \"QUYẾT ĐỊNH:\"");
            assertFalse(text.contains("Phụ lục"));
            assertFalse(text.contains("Số:"), "no number line");
        }
    }

    @Test
    void qrCodeEncodesTheAddressWithItsFinderPatterns() {
        QrCode qr = QrCode.of("http://localhost:8080/ocop/verify.xhtml?number=OCOP-273-2019-0001");
        int size = qr.size();
        assertTrue(size >= 25, "modules: " + size);
        // The top-left finder pattern: a dark 7×7 ring after the 2-module quiet zone, white ring inside it.
        assertFalse(qr.isDark(0, 0));
        assertTrue(qr.isDark(2, 2));
        assertTrue(qr.isDark(8, 2));
        assertFalse(qr.isDark(3, 3));
        assertTrue(qr.isDark(4, 4));
    }

    @Test
    void qrCodeOnThePrintedCertificateReadsBackAsTheVerificationAddress() throws Exception {
        try (PDDocument pdf = Pdfs.load(documents.pdf(CertificationSamples.certificate(7)), "certificate-qr-sample.pdf")) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            String read = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
            assertEquals("http://localhost:8080/ocop/verify.xhtml?number=OCOP-273-2019-0007", read);
        }
    }

    private static List<String> lines(PDDocument pdf, int page) {
        try {
            return Pdfs.lines(pdf, page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
