package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierDocument;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.registration.entity.StoredFile;
import vn.ocop.shared.control.BusinessException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recognised product registered again for a re-evaluation or an upgrade: one product, its next dossier. */
class ReRegistrationTest {

    private static final LocalDateTime T = LocalDateTime.of(2023, 4, 2, 9, 0);
    private static final LocalDateTime AGAIN = LocalDateTime.of(2026, 10, 1, 9, 0);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 25);

    private static Product submitted() {
        return submit(preparing());
    }

    private static Product preparing() {
        Product product = new Product(CycleTest.producer(), CycleTest.FRESH, "Rau cải ngọt Tân Hội", T, "officer");
        product.acceptIdea(null, T.plusDays(1), "officer");
        product.submitPlan(null, T.plusDays(2), "officer");
        product.startPreparing(null, T.plusDays(3), "officer");
        product.describe(null, 5);
        return product;
    }

    private static Product submit(Product product) {
        product.submitDossier(RegistrationType.FIRST_TIME, product.checklist(List.of(DossierItem.REGISTRATION_FORM,
                DossierItem.SELF_ASSESSMENT)), null, T.plusDays(4), "officer");
        return product;
    }

    private static DossierDocument document(Product product, DossierItem item, LocalDate validUntil, String text) {
        byte[] pdf = ("%PDF-1.4\n% " + text + "\n1 0 obj\n<<>>\nendobj\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        DossierDocument document = new DossierDocument(product, item, "Chi cục", LocalDate.of(2023, 3, 1), Uploads.check(text + ".pdf", pdf),
                new StoredFile(pdf, null), T, "officer");
        document.validUntil(validUntil);
        return document;
    }

    @Test
    void aReEvaluationOpensTheNextDossierOfTheSameProductLinkedToTheCertificateInForce() {
        Product product = submitted();
        product.reRegister(RegistrationType.RE_EVALUATION, "OCOP-273-2023-0001", UNTIL, "Đánh giá lại trước khi hết hạn", AGAIN, "officer");
        assertEquals(CycleStep.PREPARING, product.getStep());
        assertEquals(2, product.getDossierNumber());
        assertEquals("OCOP-273-2023-0001", product.getCertificateInForce());
        assertEquals(RegistrationType.RE_EVALUATION, product.getTransitions().get(product.getTransitions().size() - 1).getRegistrationType());
        BusinessException twice = assertThrows(BusinessException.class, () -> product.reRegister(RegistrationType.UPGRADE,
                "OCOP-273-2023-0001", UNTIL, null, AGAIN, "officer"));
        assertEquals("registration.reRegister.notSubmitted", twice.messageKey(), "the new dossier is not submitted yet");
    }

    @Test
    void onlyBeforeTheCertificateExpiresAndOnlyForAReEvaluationOrAnUpgrade() {
        assertEquals("registration.reRegister.noCertificate", assertThrows(BusinessException.class, () -> submitted().reRegister(
                RegistrationType.RE_EVALUATION, "OCOP-273-2023-0001", AGAIN.toLocalDate().minusDays(1), null, AGAIN, "officer")).messageKey());
        submitted().reRegister(RegistrationType.UPGRADE, "OCOP-273-2023-0001", AGAIN.toLocalDate(), null, AGAIN, "officer");
        assertEquals("registration.reRegister.noCertificate", assertThrows(BusinessException.class, () -> submitted().reRegister(
                RegistrationType.UPGRADE, null, null, null, AGAIN, "officer")).messageKey());
        assertEquals("registration.reRegister.type", assertThrows(BusinessException.class, () -> submitted().reRegister(
                RegistrationType.FIRST_TIME, "OCOP-273-2023-0001", UNTIL, null, AGAIN, "officer")).messageKey());
    }

    @Test
    void theReEvaluationsChecklistAsksForTheThreeYearReportAndTheSameTypeIsSubmitted() {
        Product product = submitted();
        assertFalse(product.checklist(List.of()).lines().stream().anyMatch(l -> l.item() == DossierItem.PRODUCTION_REPORT),
                "not in a first registration's checklist");
        product.reRegister(RegistrationType.RE_EVALUATION, "OCOP-273-2023-0001", UNTIL, null, AGAIN, "officer");
        DossierChecklist checklist = product.checklist(List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT));
        assertEquals(List.of(DossierItem.PRODUCTION_REPORT), checklist.missing());
        List<DossierItem> complete = List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT, DossierItem.PRODUCTION_REPORT);
        assertEquals("registration.reRegister.sameType", assertThrows(BusinessException.class, () -> product.submitDossier(
                RegistrationType.FIRST_TIME, product.checklist(complete), null, AGAIN.plusDays(5), "officer")).messageKey());
        product.submitDossier(RegistrationType.RE_EVALUATION, product.checklist(complete), null, AGAIN.plusDays(5), "officer");
        assertEquals(CycleStep.DOSSIER_SUBMITTED, product.getStep());
        Product upgraded = submitted();
        upgraded.reRegister(RegistrationType.UPGRADE, "OCOP-273-2023-0002", UNTIL, null, AGAIN, "officer");
        assertTrue(upgraded.checklist(List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT)).complete(),
                "an upgrade needs no 3-year report");
    }

    @Test
    void documentsStillValidAreCarriedOverTheExpiredAndThoseOfEachRegistrationAreNot() {
        Product product = preparing();
        DossierDocument food = document(product, DossierItem.FOOD_SAFETY_CERTIFICATE, LocalDate.of(2027, 3, 1), "atvstp");
        DossierDocument test = document(product, DossierItem.TEST_REPORT, LocalDate.of(2026, 9, 30), "kiem-nghiem");
        DossierDocument lastDay = document(product, DossierItem.QUALITY_DECLARATION, AGAIN.toLocalDate(), "cong-bo");
        DossierDocument form = document(product, DossierItem.REGISTRATION_FORM, null, "phieu");
        DossierDocument plan = document(product, DossierItem.BUSINESS_PLAN, null, "phuong-an");
        submit(product);
        LocalDate day = AGAIN.toLocalDate();
        assertTrue(food.carriesOver(day));
        assertFalse(test.carriesOver(day), "expired the day before");
        assertTrue(lastDay.carriesOver(day), "valid to the day of the re-registration");
        assertFalse(form.carriesOver(day), "a new registration form every time");
        assertTrue(plan.carriesOver(day), "no validity of its own");
        product.reRegister(RegistrationType.UPGRADE, "OCOP-273-2023-0001", UNTIL, null, AGAIN, "officer");
        assertTrue(food.carried());
        BusinessException before = assertThrows(BusinessException.class, () -> food.validUntil(LocalDate.of(2023, 2, 1)));
        assertEquals("registration.dossier.validBeforeIssued", before.messageKey());
    }
}
