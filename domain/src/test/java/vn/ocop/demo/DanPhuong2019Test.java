package vn.ocop.demo;

import org.junit.jupiter.api.Test;
import vn.ocop.demo.DanPhuong2019.LegalFormRow;
import vn.ocop.demo.DanPhuong2019.ManagerRow;
import vn.ocop.demo.DanPhuong2019.ProducerRow;
import vn.ocop.demo.DanPhuong2019.ProductRow;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.registration.control.TaxCodes;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.registration.entity.Representative;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.demo.DanPhuong2019.PRODUCERS;

/** The demonstration table itself, without a server: the rules the boundaries will apply, and the shape of the data. */
class DanPhuong2019Test {

    /** What DemoRegistrations uploads before it submits a dossier. */
    private static final List<DossierItem> DEMO_DOSSIER = List.of(
            DossierItem.REGISTRATION_FORM, DossierItem.BUSINESS_PLAN,
            DossierItem.ORGANISATION_DESCRIPTION,
            DossierItem.BUSINESS_REGISTRATION);

    private static final long RURAL_TOURISM = 126;

    private static List<ProductRow> products() {
        return PRODUCERS.stream().flatMap(p -> p.products().stream()).toList();
    }

    @Test
    void aboutThirtyProducersAndFortyProducts() {
        assertTrue(PRODUCERS.size() >= 28 && PRODUCERS.size() <= 32, "producers: " + PRODUCERS.size());
        assertTrue(products().size() >= 38 && products().size() <= 42, "products: " + products().size());
        assertTrue(PRODUCERS.stream().allMatch(p -> !p.products().isEmpty()), "every producer has a product");
    }

    @Test
    void everyTaxCodePassesTheRulesAndNoneIsRepeated() {
        for (ProducerRow p : PRODUCERS) {
            assertEquals(p.taxCode(), TaxCodes.canonical(p.taxCode(), p.type().needsTaxCode()), p.name());
            if (p.currentType().needsTaxCode()) {
                assertTrue(TaxCodes.isTaxCode(p.taxCode()), p.name() + " needs a tax code after its change of form");
            }
        }
        assertNoDuplicates(PRODUCERS, ProducerRow::taxCode, "tax codes");
        assertNoDuplicates(PRODUCERS, ProducerRow::name, "producer names");
        assertNoDuplicates(products(), ProductRow::name, "product names");
    }

    @Test
    void theProducersAreSpreadOverTheSixteenCommunes() {
        Set<Long> all = LongStream.rangeClosed(10, 25).boxed().collect(Collectors.toSet());
        assertEquals(all, DanPhuong2019.COMMUNES.keySet());
        assertTrue(PRODUCERS.stream().allMatch(p -> p.communeId() >= 10 && p.communeId() <= 25));
        assertEquals(all, PRODUCERS.stream().map(ProducerRow::communeId).collect(Collectors.toSet()), "every commune");
        Map<Long, Long> perCommune = PRODUCERS.stream().collect(Collectors.groupingBy(ProducerRow::communeId, Collectors.counting()));
        assertTrue(perCommune.values().stream().allMatch(n -> n <= 3), "no commune dominates: " + perCommune);
        assertTrue(PRODUCERS.stream().allMatch(p -> p.address().matches("(thôn|số|ngõ) .+, (xã|thị trấn) .+")),
                "addresses \"thôn …, xã …\"");
    }

    @Test
    void aRealisticMixOfLegalForms() {
        Map<ProducerType, Long> types = PRODUCERS.stream()
                .collect(Collectors.groupingBy(ProducerRow::currentType, () -> new EnumMap<>(ProducerType.class), Collectors.counting()));
        assertEquals(Set.of(ProducerType.values()), types.keySet(), "all four forms");
        assertTrue(types.values().stream().allMatch(n -> n >= 3), "several of each: " + types);
    }

    @Test
    void twoOrThreeChangesOfLegalForm() {
        List<ProducerRow> changed = PRODUCERS.stream().filter(p -> p.legalForm() != null).toList();
        assertTrue(changed.size() >= 2 && changed.size() <= 3, "changes: " + changed.size());
        assertTrue(changed.stream().anyMatch(p -> p.type() == ProducerType.COOPERATIVE_GROUP
                && p.legalForm().newType() == ProducerType.COOPERATIVE && p.legalForm().on().getYear() == 2019));
        assertTrue(changed.stream().anyMatch(p -> p.type() == ProducerType.COOPERATIVE
                && p.legalForm().newType() == ProducerType.ENTERPRISE));
        for (ProducerRow p : changed) {
            LegalFormRow change = p.legalForm();
            assertTrue(change.newType() != p.type() && change.on().isAfter(p.registeredOn())
                    && change.on().isBefore(LocalDate.of(2020, 1, 1)) && change.note() != null, p.name());
        }
    }

    @Test
    void representativesAndManagers() {
        Map<ProducerType, Set<String>> titles = Map.of(
                ProducerType.ENTERPRISE, Set.of("Giám đốc"), ProducerType.COOPERATIVE, Set.of("Chủ nhiệm HTX"),
                ProducerType.COOPERATIVE_GROUP, Set.of("Tổ trưởng"), ProducerType.HOUSEHOLD_BUSINESS, Set.of("Chủ hộ"));
        Set<String> phones = new HashSet<>();
        for (ProducerRow p : PRODUCERS) {
            String title = p.legalForm() == null ? p.representative().title() : p.legalForm().newTitle();
            assertTrue(titles.get(p.currentType()).contains(title), p.name() + ": " + title);
            assertTrue(titles.get(p.type()).contains(p.representative().title()), p.name() + " at registration");
            assertTrue(Set.of(DanPhuong2019.MALE, DanPhuong2019.FEMALE).contains(p.representative().gender()), p.name());
            assertNotNull(p.representative().ethnicity(), p.name());
            assertTrue(p.managers().size() <= 2, p.name() + ": the representative and at most two more managers");
            assertTrue(p.phone().matches("09\\d{8}") && phones.add(p.phone()), p.name() + ": " + p.phone());
            for (ManagerRow m : p.managers()) {
                assertTrue(m.phone().matches("09\\d{8}") && phones.add(m.phone()), m.name() + ": " + m.phone());
            }
            assertTrue(p.members() == null || p.members() >= 0, p.name());
            assertTrue(p.workers() != null && p.workers() >= 0, p.name());
        }
        long women = PRODUCERS.stream().filter(p -> p.representative().gender().equals(DanPhuong2019.FEMALE)).count();
        long minorities = PRODUCERS.stream().filter(p -> !p.representative().ethnicity().equals(DanPhuong2019.KINH)).count();
        assertTrue(women >= 5, "women: " + women);
        assertTrue(minorities >= 1 && minorities <= 2, "ethnic-minority representatives: " + minorities);
    }

    @Test
    void mostProductsReachTheDossierAndAFewStandAtEachEarlierStep() {
        Map<CycleStep, Long> steps = products().stream()
                .collect(Collectors.groupingBy(ProductRow::step, () -> new EnumMap<>(CycleStep.class), Collectors.counting()));
        assertTrue(steps.get(CycleStep.DOSSIER_SUBMITTED) >= 28 && steps.get(CycleStep.DOSSIER_SUBMITTED) <= 32, steps.toString());
        long returned = steps.get(CycleStep.IDEA_RETURNED);
        assertTrue(returned >= 1 && returned <= 2, steps.toString());
        for (CycleStep step : List.of(CycleStep.IDEA_REGISTERED, CycleStep.IDEA_ACCEPTED, CycleStep.PLAN_SUBMITTED,
                CycleStep.PREPARING)) {
            assertTrue(steps.getOrDefault(step, 0L) >= 1 && steps.get(step) <= 4, step + ": " + steps);
        }
    }

    @Test
    void productsUnderTheSetsOf1048WithFiveSamplesExceptServices() {
        for (ProductRow p : products()) {
            assertTrue(p.productSetId() >= 101 && p.productSetId() <= 126, p.name());
            assertEquals(p.productSetId() == RURAL_TOURISM ? null : Product.REQUIRED_SAMPLES, p.samples(), p.name());
            assertTrue(p.description() != null && p.description().length() <= Product.MAX_NOTE, p.name());
        }
    }

    @Test
    void everyPathIsLegalAndEndsAtItsStep() {
        for (ProductRow p : products()) {
            CycleStep at = CycleStep.IDEA_REGISTERED;
            for (CycleStep next : p.path()) {
                assertTrue(at.canMoveTo(next), p.name() + ": " + at + " → " + next);
                at = next;
            }
            assertEquals(p.step(), at, p.name());
            assertEquals(p.path().contains(CycleStep.IDEA_RETURNED), p.returnedFor() != null, p.name());
        }
    }

    /** The table through the entities, as the boundaries will take it: no rule refuses a row. */
    @Test
    void theEntitiesAcceptEveryRow() {
        LocalDateTime at = LocalDateTime.of(2019, 9, 16, 9, 0);
        for (ProducerRow row : PRODUCERS) {
            AdministrativeUnit commune = new AdministrativeUnit(row.communeId(), "0" + row.communeId(),
                    DanPhuong2019.COMMUNES.get(row.communeId()), row.communeId() == 10 ? UnitType.TOWNSHIP : UnitType.COMMUNE,
                    null, null, null);
            Producer producer = new Producer(row.name(), row.type(), row.taxCode(), commune, row.address(),
                    new Representative(row.representative().name(), row.representative().title(),
                            row.representative().gender(), row.representative().ethnicity()));
            if (row.legalForm() != null) {
                producer.changeLegalForm(row.legalForm().newType(), row.legalForm().on(), row.legalForm().note(), row.legalForm().on());
                producer.rename(row.legalForm().newName());
            }
            producer.addManager(row.representative().name(), row.representative().title(), row.phone(), row.email());
            row.managers().forEach(m -> producer.addManager(m.name(), m.position(), m.phone(), null));
            assertEquals(row.currentType(), producer.getType());
            for (ProductRow p : row.products()) {
                Product product = new Product(producer, set(p.productSetId()), p.name(), at, "system");
                product.describe(p.description(), p.samples());
                assertEquals(p.productSetId() == RURAL_TOURISM, product.getProductSet().isService());
                for (CycleStep step : p.path()) {
                    switch (step) {
                        case IDEA_RETURNED -> product.returnIdea(p.returnedFor(), at, "system");
                        case IDEA_REGISTERED -> product.resubmitIdea(DanPhuong2019.RESUBMITTED, at, "system");
                        case IDEA_ACCEPTED -> product.acceptIdea(DanPhuong2019.ACCEPTED, at, "system");
                        case PLAN_SUBMITTED -> product.submitPlan(DanPhuong2019.PLAN, at, "system");
                        case PREPARING -> product.startPreparing(DanPhuong2019.PREPARATION, at, "system");
                        case DOSSIER_SUBMITTED -> product.submitDossier(RegistrationType.FIRST_TIME,
                                product.checklist(DEMO_DOSSIER), DanPhuong2019.DOSSIER, at, "system");
                    }
                }
                assertEquals(p.step(), product.getStep(), p.name());
                assertEquals(p.path().size() + 1, product.getTransitions().size(), p.name());
                if (p.step() != CycleStep.DOSSIER_SUBMITTED) {
                    assertNull(product.getRegistrationType(), p.name());
                }
            }
        }
    }

    private static ProductSet set(long id) {
        String group = id == RURAL_TOURISM ? "Dịch vụ du lịch nông thôn, bán hàng" : "Thực phẩm";
        return new ProductSet(id, "1048/QĐ-TTg", (int) id - 100, "x", group, "set " + id);
    }

    private static <T> void assertNoDuplicates(List<T> rows, Function<T, String> key, String what) {
        Set<String> seen = new TreeSet<>();
        assertAll(rows.stream().map(key).map(k -> () -> assertTrue(seen.add(k), what + " repeated: " + k)));
    }
}
