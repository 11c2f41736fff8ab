package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.planning.boundary.PlanForm;
import vn.ocop.planning.boundary.PlanView;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.planning.entity.Plan.TargetLine;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.boundary.SupportForm;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.training.entity.Audience;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans in the server: the office writes a plan, the actuals come from the data (a producer
 * registered with a product counts as taking part this year, a support granted in a year counts
 * against that year's budget), the API answers the contract's fields, the rules refuse bad plans
 * and change nothing, and a council member cannot read plans (answered as not found, as everywhere outside a role). The tests compare differences, as
 * other tests add producers too; this class owns the plans of 2022 and of this year.
 */
@IntegrationTest
class PlansIT extends ServerTest {

    private static final int PAST = 2022;
    private static final long BRANDING = 2L;

    @EJB
    Plans plans;

    @EJB
    Producers producerRegistrations;

    @EJB
    Products products;

    @EJB
    Supports supports;

    @ArquillianResource
    URL url;

    private static TargetLine line(TargetKind kind, TargetUnit unit, Integer stars, long amount) {
        return new TargetLine(kind, unit, stars, BigDecimal.valueOf(amount), null);
    }

    /** Writes the year's plan with these targets: a new one, or over the one there. */
    private PlanView write(int year, List<TargetLine> targets) throws Exception {
        return officer.run(() -> {
            long version = plans.plan(year).map(PlanView::version).orElse(0L);
            return plans.save(new PlanForm(year, "IT-" + year + "/KH-UBND", LocalDate.of(year, 1, 10),
                    "Kế hoạch kiểm thử năm " + year, targets, Map.of(Audience.PRODUCER_MANAGER, 90), version));
        }).get();
    }

    private static BigDecimal actual(JsonObject plan, String kind, String unit) {
        for (JsonObject target : plan.getJsonArray("targets").getValuesAs(JsonObject.class)) {
            if (target.getString("kind").equals(kind) && target.getString("unit").equals(unit)) {
                return target.isNull("actual") ? null : target.getJsonNumber("actual").bigDecimalValue();
            }
        }
        throw new AssertionError("no target " + kind + "/" + unit + " in " + plan);
    }

    /** Signs in over HTTP, once the test accounts exist (they are created when the server starts). */
    private Portal signedIn(String username) throws Exception {
        Portal portal = new Portal(url.toURI());
        long deadline = System.currentTimeMillis() + 30_000;
        while (portal.signIn(username, TestAccounts.PASSWORD).statusCode() != 302) {
            assertTrue(System.currentTimeMillis() < deadline, "the test accounts were not created");
            Thread.sleep(500);
        }
        return portal;
    }

    private long producerWithProduct(String tag) throws Exception {
        return officer.run(() -> {
            ProducerForm form = new ProducerForm();
            form.setName("Hộ kinh doanh kế hoạch " + tag);
            form.setType(ProducerType.HOUSEHOLD_BUSINESS);
            form.setTaxCode("IT-PL-" + tag);
            form.setCommuneId(TestRegistrations.TAN_HOI);
            form.setAddress("Thôn 3, xã Tân Hội");
            form.setRepresentativeName("Lê Văn Ba");
            long id = producerRegistrations.registerProducer(form).id();
            products.registerProduct(id, 7, "Sản phẩm kế hoạch " + tag);
            return id;
        }).get();
    }

    @Test
    void aProducerRegisteredWithAProductCountsAsTakingPartThisYear() throws Exception {
        int year = Portal.today().getYear();
        write(year, List.of(line(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.COUNT, null, 100_000),
                line(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.PERCENT, null, 100),
                line(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 5, 1)));
        Portal portal = signedIn("it-leader");
        JsonObject before = portal.json("api/v1/plans/" + year);
        BigDecimal count = actual(before, "PRODUCERS_TAKING_PART", "COUNT");

        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        producerWithProduct(tag);
        officer.run(() -> producerRegistrations.registerProducer(producerForm("IT-PL-N" + tag))).get();

        JsonObject after = portal.json("api/v1/plans/" + year);
        assertEquals(count.add(BigDecimal.ONE), actual(after, "PRODUCERS_TAKING_PART", "COUNT"),
                "the producer with a product takes part, the one without does not");
        assertTrue(actual(after, "PRODUCERS_TAKING_PART", "PERCENT").compareTo(new BigDecimal("100")) < 0,
                "a producer without a product keeps the share under 100 %");
        assertEquals("IN_PROGRESS", after.getJsonArray("targets").getJsonObject(0).getString("state"));
        assertEquals("IT-" + year + "/KH-UBND", after.getString("number"));
        assertEquals(year, after.getInt("year"));
        JsonObject training = after.getJsonArray("targets").getValuesAs(JsonObject.class).stream()
                .filter(t -> "TRAINING_COVERAGE".equals(t.getString("kind")) && "PRODUCER_MANAGER".equals(t.getString("audience")))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("90").compareTo(training.getJsonNumber("target").bigDecimalValue()),
                "the plan's training target is the training records' own");
        assertEquals("PERCENT", training.getString("unit"));

        JsonObject list = portal.json("api/v1/plans");
        assertTrue(list.getInt("total") >= 1);
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(p -> p.getInt("year") == year));
    }

    private static ProducerForm producerForm(String taxCode) {
        ProducerForm form = new ProducerForm();
        form.setName("Hộ kinh doanh chưa có sản phẩm " + taxCode);
        form.setType(ProducerType.HOUSEHOLD_BUSINESS);
        form.setTaxCode(taxCode);
        form.setCommuneId(TestRegistrations.TAN_HOI);
        form.setAddress("Thôn 4, xã Tân Hội");
        form.setRepresentativeName("Lê Văn Tư");
        return form;
    }

    @Test
    void aSupportGrantedInAYearCountsAgainstThatYearsBudget() throws Exception {
        PlanView plan = write(PAST, List.of(line(TargetKind.SUPPORT_BUDGET, TargetUnit.VND, null, 1_000_000_000L),
                line(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 30)));
        BigDecimal before = plan.targets().get(0).progress().actual();
        assertEquals("MISSED", plan.targets().get(1).progress().state().name(), "2022 is over and had no district round");

        long producer = producerWithProduct(String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999)));
        officer.run(() -> {
            SupportForm form = new SupportForm();
            form.setProducerId(producer);
            form.setTypeId(BRANDING);
            form.setGrantedOn(LocalDate.of(PAST, 6, 30));
            form.setAmountVnd(12_500_000L);
            form.setFundingSource(FundingSource.DISTRICT_BUDGET);
            return supports.record(form);
        }).get();
        PlanView after = officer.run(() -> plans.plan(PAST).orElseThrow()).get();
        assertEquals(before.add(new BigDecimal("12500000")), after.targets().get(0).progress().actual());
        assertEquals(0, new BigDecimal("1000000000").compareTo(after.targets().get(0).target()));
        Long budget = officer.run(() -> plans.budget(PAST)).get();
        assertEquals(1_000_000_000L, budget);
        assertNull(officer.run(() -> plans.budget(1990)).get(), "no plan, no budget");
    }

    @Test
    void badPlansAreRefusedAndChangeNothing() throws Exception {
        PlanView plan = write(PAST + 1, List.of(line(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 10)));
        List<TargetLine> twice = List.of(line(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 10),
                line(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 12));
        assertEquals("plans.target.twice", officer.run(() -> plans.save(new PlanForm(PAST + 1, "1/KH", LocalDate.of(PAST + 1, 1, 2),
                "Sửa", twice, Map.of(), plan.version()))).refusal());
        assertEquals("plans.target.percent", officer.run(() -> plans.save(new PlanForm(PAST + 1, "1/KH", LocalDate.of(PAST + 1, 1, 2),
                "Sửa", List.of(line(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.PERCENT, null, 120)), Map.of(), plan.version()))).refusal());
        assertEquals("plans.issuedOn.future", officer.run(() -> plans.save(new PlanForm(PAST + 1, "1/KH", Portal.today().plusDays(2),
                "Sửa", List.of(), Map.of(), plan.version()))).refusal());
        assertEquals("training.target.range", officer.run(() -> plans.save(new PlanForm(PAST + 1, "1/KH", LocalDate.of(PAST + 1, 1, 2),
                "Sửa", List.of(), Map.of(Audience.DISTRICT_STAFF, 101), plan.version()))).refusal());
        assertEquals("error.concurrentChange", officer.run(() -> plans.save(new PlanForm(PAST + 1, "1/KH", LocalDate.of(PAST + 1, 1, 2),
                "Sửa", List.of(), Map.of(), plan.version() + 7))).refusal());
        PlanView unchanged = officer.run(() -> plans.plan(PAST + 1).orElseThrow()).get();
        assertEquals(plan.number(), unchanged.number());
        assertEquals(plan.version(), unchanged.version());
        assertEquals(TargetKind.PRODUCTS_EVALUATED, unchanged.targets().get(0).kind());
        assertEquals(0, BigDecimal.TEN.compareTo(unchanged.targets().get(0).target()));
    }

    @Test
    void aCommuneOfficerReadsThePlanButNotTheBodysSupportBudget() throws Exception {
        write(PAST + 2, List.of(line(TargetKind.SUPPORT_BUDGET, TargetUnit.VND, null, 2_000_000_000L),
                line(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 12)));
        String leader = signedIn("it-leader").get("api/v1/plans/" + (PAST + 2)).body();
        assertTrue(leader.contains("SUPPORT_BUDGET"), "a leader reads the budget: " + leader);
        String commune = signedIn("it-commune").get("api/v1/plans/" + (PAST + 2)).body();
        assertTrue(commune.contains("PRODUCTS_EVALUATED"), commune);
        assertTrue(!commune.contains("SUPPORT_BUDGET") && !commune.contains("2000000000"), "no budget for a commune: " + commune);
    }

    @Test
    void aCouncilMemberCannotReadPlansAndAnUnknownYearIsNotFound() throws Exception {
        assertEquals(404, signedIn("it-council").get("api/v1/plans").statusCode(), "refused, answered as not found like every resource outside a role");
        assertEquals(404, signedIn("it-leader").get("api/v1/plans/1990").statusCode());
        assertEquals(200, signedIn("it-leader").get("reports/plans.xhtml").statusCode(), "a leader reads the plans page");
        assertEquals(404, signedIn("it-council").get("reports/plans.xhtml").statusCode(), "a page of another role answers as unknown");
    }
}
