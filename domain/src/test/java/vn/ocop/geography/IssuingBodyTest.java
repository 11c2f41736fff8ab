package vn.ocop.geography;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.Wording;
import vn.ocop.certification.entity.DecisionTemplate;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.geography.control.DeploymentBody;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which body may recognise which class under which regime on a day, and a body that no longer exists issues nothing. */
class IssuingBodyTest {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 10, 25);
    private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY_OF_COMMUNES = LocalDate.of(2025, 7, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theFormerDistrictRecognisedThreeStarsUnder148UntilItsLastDayAndNothingAfterwards() {
        IssuingBody district = TestBodies.danPhuong();
        assertTrue(district.mayRecognise("148", 3, IN_2024));
        assertTrue(district.mayRecognise("148", 3, LAST_DAY_OF_DISTRICTS));
        assertFalse(district.mayRecognise("148", 4, IN_2024), "148: 4 stars are the City's");
        assertFalse(district.mayRecognise("148", 3, FIRST_DAY_OF_COMMUNES), "no district from 01/07/2025");
        assertFalse(district.mayRecognise("148-1489", 3, LAST_DAY_OF_DISTRICTS), "no role under 1489");
        assertTrue(district.mayRecognise("1048", 5, LocalDate.of(2019, 12, 20)), "its 2019 plan: district-level recognition");
    }

    @Test
    void theCityRecognisesThreeAndFourStarsUnder1489ButNotFiveAndOnlyFourUnder148() {
        IssuingBody city = TestBodies.haNoi();
        assertTrue(city.mayRecognise("148-1489", 3, TODAY));
        assertTrue(city.mayRecognise("148-1489", 4, TODAY));
        assertFalse(city.mayRecognise("148-1489", 5, TODAY), "5 stars are the ministry's");
        assertFalse(city.mayRecognise("148", 3, IN_2024), "148: 3 stars were the district's");
        assertTrue(city.mayRecognise("148", 4, IN_2024));
        assertEquals("CENTRAL", city.role("148-1489").orElseThrow().getForwardsTo());
    }

    @Test
    void aCommunePreScreensAndForwardsToTheCityButRecognisesNothing() {
        IssuingBody commune = TestBodies.oDien();
        assertTrue(commune.role("148-1489").orElseThrow().isPrescreens());
        assertFalse(commune.role("148-1489").orElseThrow().isEvaluates());
        assertEquals("01", commune.role("148-1489").orElseThrow().getForwardsTo());
        assertFalse(commune.recognisesUnder("148-1489"));
        assertFalse(commune.mayRecognise("148-1489", 3, TODAY));
        assertFalse(commune.inOfficeOn(LAST_DAY_OF_DISTRICTS), "the commune exists from 01/07/2025");
    }

    @Test
    void aBodyOutsideItsValidityRefusesToIssue() {
        IssuingBody district = TestBodies.danPhuong();
        assertDoesNotThrow(() -> district.requireInOfficeOn(LAST_DAY_OF_DISTRICTS));
        BusinessException refused = assertThrows(BusinessException.class, () -> district.requireInOfficeOn(TODAY));
        assertEquals("issuing_body.notInOffice", refused.messageKey());
        assertEquals("signedOn", refused.field());
        assertDoesNotThrow(() -> TestBodies.haNoi().requireInOfficeOn(TODAY));
    }

    @Test
    void aRecognitionOfAClassTheBodyMayNotRecogniseIsRefused() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> TestBodies.danPhuong().requireMayRecognise("148", List.of(3, 4), IN_2024));
        assertEquals("issuing_body.mayNotRecognise", refused.messageKey());
        assertDoesNotThrow(() -> TestBodies.danPhuong().requireMayRecognise("148", List.of(3), IN_2024));
        assertThrows(BusinessException.class, () -> TestBodies.danPhuong().requireMayRecognise("148", List.of(3), TODAY));
        assertDoesNotThrow(() -> TestBodies.haNoi().requireMayRecognise("148-1489", List.of(3, 4), TODAY));
    }

    @Test
    void theScreensNameTheBodyInTheirLanguageAndThePrintsTakeItsLines() {
        IssuingBody city = TestBodies.haNoi();
        assertEquals("thành phố Hà Nội", city.name(Locale.forLanguageTag("vi")));
        assertEquals("Hà Nội City", city.name(Locale.ENGLISH));
        assertEquals("ỦY BAN NHÂN DÂN", city.lines().headerLine1());
        assertEquals("THÀNH PHỐ HÀ NỘI", city.lines().headerLine2());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", city.lines().authority());
        assertEquals("Hà Nội", city.lines().place());
    }

    @Test
    void theCitysDecisionIsWordedForTheCity() {
        DecisionTemplate template = new DecisionTemplate("148-1489", "Căn cứ Luật Tổ chức chính quyền địa phương;",
                "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.", "Sở Nông nghiệp và Môi trường", "Như Điều 3;\nLưu: VT.");
        TreeMap<Integer, Long> classes = new TreeMap<>();
        classes.put(3, 2L);
        DecisionText text = Wording.recognition(template, TestBodies.haNoi().lines(), 2026, 2, classes);
        assertTrue(text.summary().endsWith("UBND Thành phố Hà Nội năm 2026"), text.summary());
        assertTrue(text.article1().contains("trên địa bàn Thành phố"), text.article1());
        assertTrue(text.article3().startsWith("Chánh Văn phòng UBND Thành phố, Thủ trưởng Sở Nông nghiệp và Môi trường"),
                text.article3());
        assertFalse(text.article3().contains("huyện"), text.article3());
    }

    @Test
    void theServerRunsForTheCityUnlessConfiguredOtherwise() {
        assertEquals("01", DeploymentBody.code(null));
        assertEquals("01", DeploymentBody.code(" "));
        assertEquals("273", DeploymentBody.code(" 273 "));
    }
}
