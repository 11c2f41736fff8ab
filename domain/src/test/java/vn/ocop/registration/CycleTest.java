package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.ProductTransition;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.registration.entity.Representative;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleTest {

    private static final LocalDateTime T = LocalDateTime.of(2019, 4, 2, 9, 0);
    static final AdministrativeUnit TAN_HOI = new AdministrativeUnit(21L, "09910", "Xã Tân Hội", UnitType.COMMUNE, null, null, null);
    static final ProductSet FRESH = new ProductSet(1L, "148/QĐ-TTg", 1, "I.1.a", "Thực phẩm tươi sống", "Rau, củ, quả, hạt tươi");

    private static final List<DossierItem> MANDATORY_148 = List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT);

    static Producer producer() {
        return new Producer("Hợp tác xã Rau an toàn Tân Hội", ProducerType.COOPERATIVE, "0100109106", TAN_HOI,
                "Thôn 3, xã Tân Hội", new Representative("Nguyễn Thị Lan", "Giám đốc", "FEMALE", "Kinh"));
    }

    private static Product product() {
        return new Product(producer(), FRESH, "Rau cải ngọt Tân Hội", T, "officer");
    }

    @Test
    void theWholePathToASubmittedDossierIsRecorded() {
        Product product = product();
        assertEquals(CycleStep.IDEA_REGISTERED, product.getStep());
        product.returnIdea("Thiếu thông tin vùng nguyên liệu", T.plusDays(1), "officer");
        product.resubmitIdea("Đã bổ sung", T.plusDays(5), "commune");
        product.acceptIdea(null, T.plusDays(6), "officer");
        product.submitPlan("Phương án sản xuất 2019", T.plusDays(30), "commune");
        product.startPreparing("Hỗ trợ thiết kế bao bì", T.plusDays(31), "officer");
        BusinessException incomplete = assertThrows(BusinessException.class,
                () -> product.submitDossier(RegistrationType.FIRST_TIME, product.checklist(List.of()), null, T.plusDays(90), "officer"));
        assertEquals("registration.dossier.incomplete", incomplete.messageKey());
        assertEquals(List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT, DossierChecklist.Samples.MISSING),
                incomplete.arguments()[0], "every gap named, the samples last");
        assertEquals(CycleStep.PREPARING, product.getStep());
        product.describe("Rau cải ngọt trồng theo VietGAP", 5);
        product.submitDossier(RegistrationType.FIRST_TIME, product.checklist(MANDATORY_148), null, T.plusDays(90), "officer");

        assertEquals(CycleStep.DOSSIER_SUBMITTED, product.getStep());
        assertEquals(RegistrationType.FIRST_TIME, product.getRegistrationType());
        List<ProductTransition> timeline = product.getTransitions();
        assertEquals(7, timeline.size());
        assertNull(timeline.get(0).getFrom());
        assertEquals(CycleStep.IDEA_RETURNED, timeline.get(1).getTo());
        assertEquals("Thiếu thông tin vùng nguyên liệu", timeline.get(1).getNote());
        assertEquals("commune", timeline.get(2).getActor());
        assertEquals(T.plusDays(90), timeline.get(6).getOccurredAt());
        assertEquals(5, product.getStep().cycleNumber());
    }

    @ParameterizedTest
    @EnumSource(CycleStep.class)
    void onlyTheListedMovesAreAllowed(CycleStep from) {
        for (CycleStep to : CycleStep.values()) {
            boolean expected = switch (from) {
                case IDEA_REGISTERED -> to == CycleStep.IDEA_ACCEPTED || to == CycleStep.IDEA_RETURNED;
                case IDEA_RETURNED -> to == CycleStep.IDEA_REGISTERED;
                case IDEA_ACCEPTED -> to == CycleStep.PLAN_SUBMITTED;
                case PLAN_SUBMITTED -> to == CycleStep.PREPARING;
                case PREPARING -> to == CycleStep.DOSSIER_SUBMITTED;
                case DOSSIER_SUBMITTED -> false;
            };
            assertEquals(expected, from.canMoveTo(to), from + " → " + to);
        }
    }

    @Test
    void advancingTakesTheProducersNextStepAndAsksForTheDocumentsOnlyAtTheDossier() {
        Product product = product();
        int[] asked = {0};
        java.util.function.Supplier<List<DossierItem>> documents = () -> {
            asked[0]++;
            return MANDATORY_148;
        };
        BusinessException decided = assertThrows(BusinessException.class,
                () -> product.advance(null, documents, null, T, "commune"));
        assertEquals("registration.cycle.illegal", decided.messageKey(), "the district decides on a registered idea");
        product.returnIdea("Thiếu thông tin vùng nguyên liệu", T.plusDays(1), "officer");
        product.advance(null, documents, "Đã bổ sung", T.plusDays(2), "commune");
        assertEquals(CycleStep.IDEA_REGISTERED, product.getStep());
        product.acceptIdea(null, T.plusDays(3), "officer");
        product.advance(null, documents, null, T.plusDays(4), "commune");
        assertEquals(CycleStep.PLAN_SUBMITTED, product.getStep());
        product.advance(null, documents, null, T.plusDays(5), "commune");
        assertEquals(CycleStep.PREPARING, product.getStep());
        assertEquals(0, asked[0], "no document read before the dossier");
        product.describe(null, 5);
        product.advance(RegistrationType.FIRST_TIME, documents, null, T.plusDays(6), "commune");
        assertEquals(CycleStep.DOSSIER_SUBMITTED, product.getStep());
        assertEquals(1, asked[0]);
        assertEquals("registration.cycle.illegal", assertThrows(BusinessException.class,
                () -> product.advance(RegistrationType.FIRST_TIME, documents, null, T.plusDays(7), "commune")).messageKey());
    }

    @Test
    void aProducersDateIsNeverAfterToday() {
        java.time.LocalDate today = T.toLocalDate();
        Producer.requireNotFuture("registeredOn", today, today);
        Producer.requireNotFuture("registeredOn", null, today);
        BusinessException future = assertThrows(BusinessException.class,
                () -> Producer.requireNotFuture("changedOn", today.plusDays(1), today));
        assertEquals("registration.producer.futureDate", future.messageKey());
        assertEquals("changedOn", future.field());
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        Product product = product();
        BusinessException e = assertThrows(BusinessException.class,
                () -> product.submitDossier(RegistrationType.FIRST_TIME, product.checklist(MANDATORY_148), null, T, "officer"));
        assertEquals("registration.cycle.illegal", e.messageKey());
        assertEquals(CycleStep.IDEA_REGISTERED, product.getStep());
        assertEquals(1, product.getTransitions().size());
        assertNull(product.getRegistrationType());
    }

    @Test
    void returningAnIdeaNeedsAReasonAndADossierItsType() {
        Product product = product();
        assertEquals("registration.cycle.reasonRequired",
                assertThrows(BusinessException.class, () -> product.returnIdea("  ", T, "officer")).messageKey());
        product.acceptIdea(null, T, "officer");
        product.submitPlan(null, T, "officer");
        product.startPreparing(null, T, "officer");
        assertEquals("error.required",
                assertThrows(BusinessException.class, () -> product.submitDossier(null, product.checklist(MANDATORY_148), null, T, "officer")).messageKey());
        assertEquals(CycleStep.PREPARING, product.getStep());
    }

    @Test
    void legalFormChangesAreKeptWithTheirDate() {
        Producer producer = new Producer("Tổ hợp tác Hoa Đan Phượng", ProducerType.COOPERATIVE_GROUP, "01F8012345", TAN_HOI,
                "Xóm Chùa", new Representative("Lê Văn Hùng", "Tổ trưởng", "MALE", "Kinh"));
        assertEquals("registration.taxCode.format", assertThrows(BusinessException.class,
                () -> producer.changeLegalForm(ProducerType.COOPERATIVE, T.toLocalDate(), null, T.toLocalDate())).messageKey(),
                "a cooperative needs a tax code");
        Producer cooperative = producer();
        cooperative.changeLegalForm(ProducerType.ENTERPRISE, T.toLocalDate(), "Chuyển thành công ty TNHH", T.toLocalDate());
        assertEquals(ProducerType.ENTERPRISE, cooperative.getType());
        assertEquals(1, cooperative.getLegalForms().size());
        assertEquals(ProducerType.COOPERATIVE, cooperative.getLegalForms().get(0).getFormerType());
        assertTrue(cooperative.auditState().contains("type=ENTERPRISE"));
    }

    @Test
    void theLegalFormAndManagerDialogsHearEveryProblemAtOnce() {
        Producer cooperative = producer();
        LocalDate today = T.toLocalDate();
        assertEquals(List.of("type:registration.producer.sameLegalForm", "changedOn:registration.producer.futureDate"),
                problems(() -> cooperative.changeLegalForm(ProducerType.COOPERATIVE, today.plusDays(1), null, today)));
        assertEquals(List.of("type:error.required", "changedOn:error.required"),
                problems(() -> cooperative.changeLegalForm(null, null, null, today)));
        assertEquals(ProducerType.COOPERATIVE, cooperative.getType(), "a refused change changes nothing");
        assertEquals(List.of("managerName:error.required", "managerPhone:error.phone", "managerEmail:error.email"),
                problems(() -> cooperative.addManager(" ", "Giám đốc", "12", "not-an-address")));
        assertTrue(cooperative.getManagers().isEmpty());
    }

    private static List<String> problems(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BusinessException.class, call).problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aProducerBelongsToACommuneLevelUnit() {
        AdministrativeUnit district = new AdministrativeUnit(2L, "273", "Huyện Đan Phượng", UnitType.RURAL_DISTRICT, null, null, null);
        BusinessException e = assertThrows(BusinessException.class, () -> new Producer("HTX", ProducerType.COOPERATIVE,
                "0100109106", district, "x", new Representative("A", null, null, null)));
        assertEquals("registration.producer.communeRequired", e.messageKey());
    }
}
