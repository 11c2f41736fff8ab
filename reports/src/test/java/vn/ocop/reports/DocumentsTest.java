package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private static final FontUtil FONTS = FontUtil.getInstance(DefaultJasperReportsContext.getInstance());

    @Test
    void writesTheLongDateWithLeadingZerosForDaysBelowTenAndJanuaryAndFebruary() {
        assertEquals("ngày 05 tháng 02 năm 2024", Documents.longDate(LocalDate.of(2024, 2, 5)));
        assertEquals("ngày 01 tháng 01 năm 2025", Documents.longDate(LocalDate.of(2025, 1, 1)));
        assertEquals("ngày 09 tháng 3 năm 2024", Documents.longDate(LocalDate.of(2024, 3, 9)));
        assertEquals("ngày 15 tháng 9 năm 2024", Documents.longDate(LocalDate.of(2024, 9, 15)));
        assertEquals("ngày 31 tháng 12 năm 2023", Documents.longDate(LocalDate.of(2023, 12, 31)));
    }

    @Test
    void compilesEachTemplateOnceEvenUnderConcurrentUse() throws Exception {
        Documents documents = new Documents();
        UnitListDocument sample = UnitListSamples.danPhuong();
        Callable<byte[]> render = () -> documents.pdf(sample);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Future<byte[]> pdf : pool.invokeAll(List.of(render, render, render))) {
                assertTrue(pdf.get().length > 0);
            }
        } finally {
            pool.shutdown();
        }
        documents.pdf(sample);
        assertEquals(1, documents.compilations());
    }

    @Test
    void rendersWithoutSubtitleAndWithoutRows() {
        Documents documents = new Documents();
        UnitListDocument empty = new UnitListDocument(new Letterhead("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "Đan Phượng",
                LocalDate.of(2024, 2, 5)), "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH", null, List.of());
        assertTrue(documents.pdf(empty).length > 0);
    }

    @Test
    void registersLiberationSerifForVietnameseAndDejaVuSansForTheStarAndTheBoxes() {
        Font serif = FONTS.getAwtFontFromBundles("Liberation Serif", Font.BOLD, 13f, Locale.ROOT, true);
        Font sans = FONTS.getAwtFontFromBundles("DejaVu Sans", Font.PLAIN, 13f, Locale.ROOT, true);
        assertTrue(serif != null && serif.canDisplayUpTo("ẮẰẲẴẶắằẳẵặỆệỖỗỮữỸỹĐđƠơƯư") == -1, "Liberation Serif");
        assertTrue(sans != null && sans.canDisplayUpTo("★☐☒") == -1, "DejaVu Sans with ★ ☐ ☒");
    }
}
