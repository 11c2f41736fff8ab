package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.TestBodies;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.registration.control.PrescreenRules;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.ItemResult;
import vn.ocop.registration.entity.Prescreen;
import vn.ocop.registration.entity.PrescreenItem;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductTransition;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commune's pre-screen: when it may be recorded, what a pass and a return need, where a return sends the product. */
class PrescreenTest {

    private static final LocalDateTime T = LocalDateTime.of(2025, 9, 2, 9, 0);
    private static final PrescreenItem ORIGIN = new PrescreenItem(1L, "ORIGIN", "Nguồn gốc sản phẩm", "Origin", true);
    private static final PrescreenItem LABOUR = new PrescreenItem(2L, "LOCAL_LABOUR", "Lao động địa phương", "Local labour", true);
    private static final PrescreenItem PARTS = new PrescreenItem(4L, "DOSSIER_PARTS", "Thành phần hồ sơ", "Dossier parts", false);
    private static final List<PrescreenItem> ITEMS = List.of(ORIGIN, LABOUR, PARTS);
    private static final IssuingBody O_DIEN = TestBodies.oDien();

    private static Product preparing() {
        Product product = new Product(CycleTest.producer(), CycleTest.FRESH, "Rau cải ngọt Tân Hội", T, "officer");
        product.acceptIdea(null, T.plusDays(1), "officer");
        product.submitPlan(null, T.plusDays(2), "commune");
        product.startPreparing(null, T.plusDays(3), "officer");
        product.describe(null, 5);
        return product;
    }

    private static Product submitted() {
        Product product = preparing();
        product.submitDossier(RegistrationType.FIRST_TIME,
                product.checklist(List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT)), null, T.plusDays(10), "commune");
        return product;
    }

    private static Prescreen screen(Product product, Map<Long, ItemResult> found, PrescreenOutcome outcome, String reasons) {
        return new Prescreen(product, O_DIEN, ITEMS, found, outcome, "Đã kiểm tra tại xã", reasons, T.plusDays(12), "commune",
                "Nguyễn Thị Hằng");
    }

    private static String refused(Product product, Map<Long, ItemResult> found, PrescreenOutcome outcome, String reasons) {
        return assertThrows(BusinessException.class, () -> screen(product, found, outcome, reasons)).messageKey();
    }

    @Test
    void aPassNeedsEveryMandatoryItemMetAndLeavesTheDossierSubmitted() {
        Product product = submitted();
        assertEquals("registration.prescreen.mandatoryNotMet", refused(product,
                Map.of(1L, ItemResult.MET, 2L, ItemResult.NOT_APPLICABLE, 4L, ItemResult.MET), PrescreenOutcome.PASSED, null));
        Prescreen passed = screen(product, Map.of(1L, ItemResult.MET, 2L, ItemResult.MET, 4L, ItemResult.NOT_APPLICABLE),
                PrescreenOutcome.PASSED, null);
        assertEquals(PrescreenOutcome.PASSED, passed.getOutcome());
        assertEquals("Đã kiểm tra tại xã", passed.getRemarks());
        assertEquals(3, passed.getResults().size());
        assertEquals(LocalDate.of(2025, 9, 14), passed.getScreenedOn());
        assertEquals("Nguyễn Thị Hằng", passed.getOfficerName());
        assertEquals(CycleStep.DOSSIER_SUBMITTED, product.getStep());
        assertSame(product.currentSubmission(), passed.getSubmission());
    }

    @Test
    void aReturnNeedsAReasonAndAnItemNotMetAndSendsTheProductBackToPreparationWithTheReasons() {
        Product product = submitted();
        Map<Long, ItemResult> oneNotMet = Map.of(1L, ItemResult.NOT_MET, 2L, ItemResult.MET, 4L, ItemResult.MET);
        assertEquals("registration.prescreen.reasonRequired", refused(product, oneNotMet, PrescreenOutcome.RETURNED, "  "));
        assertEquals("registration.prescreen.nothingNotMet", refused(product,
                Map.of(1L, ItemResult.MET, 2L, ItemResult.MET, 4L, ItemResult.NOT_APPLICABLE), PrescreenOutcome.RETURNED,
                "Thiếu giấy tờ vùng nguyên liệu"));
        assertEquals(CycleStep.DOSSIER_SUBMITTED, product.getStep(), "a refusal changes nothing");

        Prescreen returned = screen(product, oneNotMet, PrescreenOutcome.RETURNED, "Thiếu giấy tờ vùng nguyên liệu");
        assertEquals(PrescreenOutcome.RETURNED, returned.getOutcome());
        assertEquals(CycleStep.PREPARING, product.getStep());
        assertTrue(product.isOpen(), "the producer can change the dossier again");
        List<ProductTransition> timeline = product.getTransitions();
        ProductTransition back = timeline.get(timeline.size() - 1);
        assertEquals(CycleStep.DOSSIER_SUBMITTED, back.getFrom());
        assertEquals(CycleStep.PREPARING, back.getTo());
        assertEquals("Thiếu giấy tờ vùng nguyên liệu", back.getNote());
        assertEquals("commune", back.getActor());
    }

    @Test
    void onlyASubmittedDossierWithEveryItemAnsweredIsPreScreened() {
        Product product = preparing();
        assertEquals("registration.prescreen.notSubmitted", refused(product,
                Map.of(1L, ItemResult.MET, 2L, ItemResult.MET, 4L, ItemResult.MET), PrescreenOutcome.PASSED, null));
        Product submitted = submitted();
        assertEquals("registration.prescreen.itemMissing", refused(submitted, Map.of(1L, ItemResult.MET, 2L, ItemResult.MET),
                PrescreenOutcome.PASSED, null));
        assertEquals("registration.prescreen.unknownItem", refused(submitted,
                Map.of(1L, ItemResult.MET, 2L, ItemResult.MET, 4L, ItemResult.MET, 99L, ItemResult.MET), PrescreenOutcome.PASSED, null));
        assertEquals("error.required", refused(submitted, Map.of(1L, ItemResult.MET, 2L, ItemResult.MET, 4L, ItemResult.MET),
                null, null));
    }

    @Test
    void aResubmissionAfterAReturnIsANewSubmissionToPreScreen() {
        Product product = submitted();
        ProductTransition first = product.currentSubmission();
        screen(product, Map.of(1L, ItemResult.NOT_MET, 2L, ItemResult.MET, 4L, ItemResult.MET), PrescreenOutcome.RETURNED,
                "Bổ sung xác nhận lao động địa phương");
        product.submitDossier(RegistrationType.FIRST_TIME,
                product.checklist(List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT)), "Đã bổ sung",
                T.plusDays(20), "commune");
        Prescreen second = screen(product, Map.of(1L, ItemResult.MET, 2L, ItemResult.MET, 4L, ItemResult.MET),
                PrescreenOutcome.PASSED, null);
        assertNotSame(first, second.getSubmission());
        assertEquals(T.plusDays(20), second.getSubmission().getOccurredAt());
    }

    @Test
    void aSecondPreScreenOfTheSameSubmissionIsRefused() {
        PrescreenRules.requireNotScreened(0);
        assertEquals("registration.prescreen.done",
                assertThrows(BusinessException.class, () -> PrescreenRules.requireNotScreened(1)).messageKey());
    }

    @Test
    void theRegimeInForceOnTheDayOfSubmissionDecidesWhetherAPreScreenIsRequired() {
        assertTrue(PrescreenRules.required(O_DIEN, "148-1489", LocalDate.of(2025, 7, 6)), "1489 from 06/07/2025");
        assertFalse(PrescreenRules.required(O_DIEN, "148", LocalDate.of(2025, 7, 5)), "148 before it: no pre-screen");
        assertFalse(PrescreenRules.required(TestBodies.danPhuong(), "1048", LocalDate.of(2019, 11, 1)),
                "the former district's 2019 dossiers need none");
        assertFalse(PrescreenRules.required(TestBodies.danPhuong(), "148", LocalDate.of(2024, 5, 1)));
        assertFalse(PrescreenRules.required(TestBodies.haNoi(), "148-1489", LocalDate.of(2026, 1, 5)),
                "the City evaluates, it does not pre-screen");
        assertFalse(PrescreenRules.required(null, "148-1489", LocalDate.of(2026, 1, 5)), "no commune body: none");
        assertEquals("registration.prescreen.notRequired", assertThrows(BusinessException.class,
                () -> PrescreenRules.requireRequired(TestBodies.danPhuong(), "1048", LocalDate.of(2019, 11, 1))).messageKey());
    }

    @Test
    void aFormerCommuneIsPreScreenedByTheCommuneThatTookItOver() {
        AdministrativeUnit danPhuong = new AdministrativeUnit(40L, "09877", "Xã Đan Phượng", UnitType.COMMUNE, null,
                LocalDate.of(2025, 7, 1), null);
        AdministrativeUnit phung = new AdministrativeUnit(10L, "09871", "Thị trấn Phùng", UnitType.TOWNSHIP, null, null,
                LocalDate.of(2025, 6, 30));
        new UnitSuccession(1L, phung, danPhuong, true, LocalDate.of(2025, 7, 1));
        assertEquals(Optional.of(40L), PrescreenRules.bodyUnit(phung, Set.of(40L, 41L, 42L)));
        assertEquals(Optional.of(40L), PrescreenRules.bodyUnit(danPhuong, Set.of(40L, 41L, 42L)));
        assertEquals(Optional.empty(), PrescreenRules.bodyUnit(phung, Set.of(41L)));
    }

    @Test
    void aCommuneSplitBetweenTwoIsPreScreenedByTheFirstSuccessorOnly() {
        AdministrativeUnit oDien = new AdministrativeUnit(41L, "09898", "Xã Ô Diên", UnitType.COMMUNE, null,
                LocalDate.of(2025, 7, 1), null);
        AdministrativeUnit lienMinh = new AdministrativeUnit(42L, "09883", "Xã Liên Minh", UnitType.COMMUNE, null,
                LocalDate.of(2025, 7, 1), null);
        AdministrativeUnit hongHa = new AdministrativeUnit(14L, "09889", "Xã Hồng Hà", UnitType.COMMUNE, null, null,
                LocalDate.of(2025, 6, 30));
        new UnitSuccession(8L, hongHa, oDien, false, LocalDate.of(2025, 7, 1));
        new UnitSuccession(17L, hongHa, lienMinh, false, LocalDate.of(2025, 7, 1));
        Long acting = PrescreenRules.bodyUnit(hongHa, Set.of(40L, 41L, 42L)).orElseThrow();
        assertEquals(41L, acting);
        assertTrue(PrescreenRules.acts(acting, 14L, 41L), "Ô Diên pre-screens for Hồng Hà");
        assertFalse(PrescreenRules.acts(acting, 14L, 42L), "Liên Minh sees Hồng Hà's dossiers but does not pre-screen them");
        assertTrue(PrescreenRules.acts(acting, 14L, 14L), "an account of the former commune itself");
        assertFalse(PrescreenRules.acts(acting, 14L, null));
        assertEquals("registration.prescreen.otherCommune", assertThrows(BusinessException.class,
                () -> PrescreenRules.requireActingCommune(acting, 14L, 42L)).messageKey());
    }

    @Test
    void anAddedItemNeedsWordsInBothLanguagesAndMayWaitBeforeItIsUsed() {
        PrescreenItem prepared = PrescreenItem.added("MUC_5", "  Sản phẩm có nhãn ghi rõ nơi sản xuất ", "The label names the place of making",
                "QĐ 148/QĐ-TTg, sửa đổi bởi QĐ 1489/QĐ-TTg", 5, true, false, null);
        assertEquals("Sản phẩm có nhãn ghi rõ nơi sản xuất", prepared.getTextVi());
        assertFalse(prepared.isActive(), "prepared, not yet asked");
        assertTrue(prepared.isMandatory());
        assertEquals("registration.prescreenItem.noWords", assertThrows(BusinessException.class,
                () -> PrescreenItem.added("MUC_6", "30/02/2026", "A date", "QĐ 1489/QĐ-TTg", 6, false, true, null)).messageKey());
        assertEquals("textEn", assertThrows(BusinessException.class,
                () -> PrescreenItem.added("MUC_6", "Nhãn", "-99999", "QĐ 1489/QĐ-TTg", 6, false, true, null)).field());
        assertEquals("error.tooLong", assertThrows(BusinessException.class,
                () -> PrescreenItem.added("MUC_6", "Đ".repeat(501), "Label", "QĐ 1489/QĐ-TTg", 6, false, true, null)).messageKey());
        assertEquals("error.required", assertThrows(BusinessException.class,
                () -> PrescreenItem.added("MUC_6", "Nhãn", "Label", " ", 6, false, true, null)).messageKey());
        assertEquals("registration.prescreenItem.control", assertThrows(BusinessException.class,
                () -> PrescreenItem.added("MUC_6", "\u0000\u0007\u001b[31m", "Label", "QĐ 1489/QĐ-TTg", 6, false, true, null))
                .messageKey());
    }

    @Test
    void theDossiersPrintsAndThePreScreensPrintAreKeptOnceAndOnlyForASubmission() {
        Product product = submitted();
        ProductTransition submission = product.currentSubmission();
        vn.ocop.shared.entity.IssuedFile form = vn.ocop.shared.entity.IssuedFile.pdf(new byte[] {'%', 'P', 'D', 'F'});
        submission.keepRegistrationForm(form);
        submission.keepChecklist(vn.ocop.shared.entity.IssuedFile.pdf(new byte[] {'%', 'P'}));
        assertSame(form, submission.getRegistrationFormPdf());
        assertThrows(IllegalStateException.class, () -> submission.keepRegistrationForm(form), "kept once, never replaced");
        ProductTransition earlier = product.getTransitions().get(0);
        assertThrows(IllegalStateException.class, () -> earlier.keepChecklist(form), "only a submission has the dossier's prints");

        Prescreen prescreen = screen(product, Map.of(1L, ItemResult.MET, 2L, ItemResult.MET, 4L, ItemResult.MET),
                PrescreenOutcome.PASSED, null);
        prescreen.printed(form);
        assertThrows(IllegalStateException.class, () -> prescreen.printed(form));
    }
}
