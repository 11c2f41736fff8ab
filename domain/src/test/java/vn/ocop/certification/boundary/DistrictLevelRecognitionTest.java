package vn.ocop.certification.boundary;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.Wording;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionProduct;
import vn.ocop.certification.entity.DecisionTemplate;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.geography.TestBodies;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.Regime;
import vn.ocop.rating.entity.RecognitionAction;
import vn.ocop.rating.entity.RecognitionRule;
import vn.ocop.registration.entity.Product;
import vn.ocop.reports.DecisionDocument;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Đan Phượng's 2019 practice: the district recognises at district level and confers no class (its council's class is
 * the proposal to the City); under 148/QĐ-TTg the district's 3★ decision confers its class as before.
 */
class DistrictLevelRecognitionTest {

    private static final DecisionTemplate TEMPLATE = new DecisionTemplate("1048", "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "Theo đề nghị của Trưởng phòng Kinh tế huyện.", "Phòng Kinh tế huyện", "Như Điều 3;\nLưu: VT, KT.");

    @Test
    void theDistrictsRecognitionUnder1048ConfersNoClassUnder148ItDoesAndTheCityAlwaysDoes() {
        IssuingBody district = TestBodies.danPhuong();
        assertFalse(district.confersClass("1048"));
        assertTrue(district.confersClass("148"));
        assertTrue(district.confersClass("148-1489"), "no role: nothing to withhold");
        assertTrue(TestBodies.haNoi().confersClass("1048"));
        assertTrue(district.mayRecognise("1048", 5, LocalDate.of(2019, 12, 5)), "it still recognises 3–5★ proposals at its level");
    }

    @Test
    void aDecisionKeepsWhetherItConfersTheClassFromItsBodyAndRegime() throws Exception {
        assertFalse(Decision.recognition(round("1048", 2019), TestBodies.danPhuong(), text(), LocalDateTime.now(), "officer")
                .confersClass());
        assertTrue(Decision.recognition(round("148", 2024), TestBodies.danPhuong(), text(), LocalDateTime.now(), "officer")
                .confersClass());
        assertTrue(Decision.recognition(round("1048", 2020), TestBodies.haNoi(), text(), LocalDateTime.now(), "officer")
                .confersClass());
    }

    @Test
    void theLocalWordingRecognisesAtDistrictLevelAndProposesTheClassesToTheCity() {
        TreeMap<Integer, Long> classes = new TreeMap<>(java.util.Map.of(5, 1L, 4, 2L, 3, 5L));
        DecisionText text = Wording.localRecognition(TEMPLATE, TestBodies.danPhuong().lines(), 2019, 6, classes,
                "UBND Thành phố Hà Nội");
        assertEquals("Về việc công nhận sản phẩm OCOP cấp huyện năm 2019 và đề nghị UBND Thành phố Hà Nội đánh giá, phân hạng",
                text.summary());
        assertTrue(text.article1().startsWith("Công nhận 8 sản phẩm của 6 chủ thể trên địa bàn huyện đạt sản phẩm OCOP cấp huyện"
                + " năm 2019"), text.article1());
        assertTrue(text.article1().contains("(1 sản phẩm 5 sao, 2 sản phẩm 4 sao, 5 sản phẩm 3 sao), là đề xuất của cấp huyện để"
                + " UBND Thành phố Hà Nội đánh giá, công nhận hạng sao; Quyết định này không công nhận hạng sao"), text.article1());
        assertTrue(text.article2().contains("hạng sao chỉ được ghi trên bao bì, nhãn sản phẩm khi đã được cấp có thẩm quyền công nhận"));
        assertTrue(text.article2().contains("đề nghị UBND Thành phố Hà Nội đánh giá, phân hạng"));
        for (String wording : List.of(text.summary(), text.article1(), text.article2())) {
            assertFalse(wording.matches("(?s).*(công nhận|đạt) (\\d )?sản phẩm \\d sao.*"), wording);
            assertFalse(wording.contains("biểu trưng OCOP và hạng sao đạt được"), wording);
        }
    }

    @Test
    void theAnnexOfALocalRecognitionHeadsAndShowsTheClassesAsProposals() throws Exception {
        Decision decision = Decision.recognition(round("1048", 2019), TestBodies.danPhuong(), text(), LocalDateTime.now(), "officer");
        decision.add(line(1, 5, "Chuối tiêu hồng Thọ Xuân"));
        decision.add(line(2, 4, "Bánh tẻ Hạ Mỗ"));
        List<DecisionDocument.Group> groups = Prints.byClass(decision.getProducts(), false);
        assertEquals("I. SẢN PHẨM ĐỀ NGHỊ CÔNG NHẬN 5 SAO", groups.get(0).heading());
        assertEquals("Đề nghị 5 sao", groups.get(0).rows().get(0).stars());
        assertEquals("Đề nghị 4 sao", groups.get(1).rows().get(0).stars());
        DecisionDocument printed = new Prints().decision(decision, "2790/QĐ-UBND", LocalDate.of(2019, 12, 5));
        assertEquals("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT SẢN PHẨM OCOP CẤP HUYỆN NĂM 2019", printed.annex().title());

        List<DecisionDocument.Group> conferring = Prints.byClass(decision.getProducts(), true);
        assertEquals("I. SẢN PHẨM ĐẠT 5 SAO", conferring.get(0).heading());
        assertEquals("5 sao", conferring.get(0).rows().get(0).stars());
    }

    @Test
    void theCertificateOfALocalRecognitionPrintsTheLevelNotTheStars() throws Exception {
        String before = System.setProperty(vn.ocop.certification.control.VerificationAddress.PROPERTY, "https://ocop.example.vn/ocop");
        try {
            certificates();
        } finally {
            if (before == null) {
                System.clearProperty(vn.ocop.certification.control.VerificationAddress.PROPERTY);
            } else {
                System.setProperty(vn.ocop.certification.control.VerificationAddress.PROPERTY, before);
            }
        }
    }

    private static void certificates() throws Exception {
        Decision decision = Decision.recognition(round("1048", 2019), TestBodies.danPhuong(), text(), LocalDateTime.now(), "officer");
        DecisionProduct line = decision.add(line(1, 5, "Chuối tiêu hồng Thọ Xuân"));
        issue(decision, LocalDate.of(2019, 12, 5));
        assertEquals("cấp huyện", new Prints().certificate(decision, "OCOP-273-2019-0001", line, LocalDate.of(2022, 12, 4)).level());
        Decision conferring = Decision.recognition(round("148", 2024), TestBodies.danPhuong(), text(), LocalDateTime.now(), "officer");
        DecisionProduct conferred = conferring.add(line(1, 3, "Mứt sen"));
        issue(conferring, LocalDate.of(2024, 12, 5));
        assertNull(new Prints().certificate(conferring, "OCOP-273-2024-0001", conferred, LocalDate.of(2027, 12, 4)).level());
    }

    private static void issue(Decision decision, LocalDate signedOn) {
        decision.approve(LocalDateTime.now(), "leader");
        decision.issue(2790, "2790/QĐ-UBND", signedOn, LocalDateTime.now(), "officer");
    }

    private static DecisionText text() {
        TreeMap<Integer, Long> classes = new TreeMap<>(java.util.Map.of(5, 1L));
        DecisionText t = Wording.recognition(TEMPLATE, TestBodies.danPhuong().lines(), 2019, 1, classes);
        return new DecisionText(t.summary(), t.legalBases(), t.proposer(), t.article1(), t.article2(), t.article3(), t.recipients(),
                t.signingMode(), "Nguyễn Văn Thắng");
    }

    private static DecisionProduct.Line line(long id, int stars, String name) throws Exception {
        var constructor = Product.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Product product = constructor.newInstance();
        Field field = Product.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(product, id);
        return new DecisionProduct.Line(product, 1L, null, name, "Hộ kinh doanh " + name, "xã Thọ Xuân", "1.1 Rau, củ, quả, hạt tươi",
                new BigDecimal("91.20"), stars, "Lần đầu");
    }

    private static EvaluationRound round(String code, int year) {
        Regime regime = new Regime(1L, code, null, LocalDate.of(2019, 8, 21), null);
        regime.getRules().add(new RecognitionRule(EvaluationLevel.DISTRICT, RecognitionAction.EVALUATES, null, null, null, null));
        return new EvaluationRound(EvaluationLevel.DISTRICT, year, regime,
                "Đánh giá, phân hạng sản phẩm OCOP năm " + year, "Hội trường UBND huyện", LocalDate.of(year, 11, 10),
                LocalDate.of(year, 11, 12));
    }
}
