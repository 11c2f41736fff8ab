package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.registration.boundary.ProducerDetails;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.training.boundary.CourseDetails;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.boundary.EnrolmentView;
import vn.ocop.training.boundary.SessionView;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Delivery;
import vn.ocop.training.entity.Outcome;
import vn.ocop.training.entity.Topic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training in the server, as the district office runs it: a course takes no more than its capacity
 * (one at a time, by commune all or none), nobody twice, an Excel workbook enrols all its rows or
 * none, and the coverage API counts the managers of the producers taking part and those who
 * completed a course. Each test makes its own producers (in xã Tân Hội) and courses, and compares
 * differences, so the tests do not depend on each other.
 */
@IntegrationTest
class TrainingIT extends ServerTest {

    private static final int YEAR = 2021;

    @EJB
    Courses courses;

    @EJB
    Enrolments enrolments;

    @EJB
    Producers producerRegistrations;

    @EJB
    Products products;

    @ArquillianResource
    URL url;

    private static String tag() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** A producer taking part (one product) in xã Tân Hội with the managers named; answers its registration number. */
    private String producer(String tag, String... managers) throws Exception {
        return officer.run(() -> {
            ProducerForm form = new ProducerForm();
            String number = "IT-TR-" + tag;
            form.setName("Tổ hợp tác tr-Đào tạo " + tag);
            form.setType(ProducerType.COOPERATIVE_GROUP);
            form.setTaxCode(number);
            form.setCommuneId(TestRegistrations.TAN_HOI);
            form.setAddress("Thôn 2, xã Tân Hội");
            form.setRepresentativeName("Nguyễn Văn Hai");
            long id = producerRegistrations.registerProducer(form).id();
            for (String manager : managers) {
                ProducerDetails details = producerRegistrations.producerDetails(id);
                producerRegistrations.addManager(id, details.summary().version(), manager, "Giám đốc", null, null);
            }
            products.registerProduct(id, 7, "Sản phẩm tr-" + tag);
            return number;
        }).get();
    }

    private long course(String tag, int capacity, int sessions) throws Exception {
        return course(tag, capacity, sessions, Audience.PRODUCER_MANAGER);
    }

    private long course(String tag, int capacity, int sessions, Audience audience) throws Exception {
        return officer.run(() -> {
            CourseForm form = new CourseForm();
            form.setCode("IT-" + tag);
            form.setTitle("Quản trị kinh doanh tr-" + tag);
            form.setTopics(List.of(Topic.BUSINESS_MANAGEMENT));
            form.setAudience(audience);
            form.setOrganiser("Phòng Kinh tế");
            form.setFundingSource(FundingSource.DISTRICT_BUDGET);
            form.setDelivery(Delivery.IN_PERSON);
            form.setStartDate(LocalDate.of(YEAR, 3, 1));
            form.setEndDate(LocalDate.of(YEAR, 3, 5));
            form.setCapacity(capacity);
            long id = courses.create(form).id();
            for (int day = 1; day <= sessions; day++) {
                courses.addSession(id, courses.course(id).course().version(), LocalDate.of(YEAR, 3, day), null, 4);
            }
            return id;
        }).get();
    }

    private List<Trainee> candidates(long course, String text) throws Exception {
        return officer.run(() -> enrolments.candidates(course, text)).get();
    }

    private long enrolled(long course) throws Exception {
        return officer.run(() -> courses.course(course)).get().course().enrolled();
    }

    @Test
    void aCourseTakesNoMoreThanItsCapacity() throws Exception {
        String tag = tag();
        producer(tag, "Trần Văn Một " + tag, "Trần Văn Hai " + tag, "Trần Văn Ba " + tag);
        long course = course(tag, 2, 1);
        List<Trainee> people = candidates(course, tag);
        assertEquals(3, people.size(), "the three managers, found by the producer's name");
        officer.run(() -> enrolments.enrol(course, people.get(0).key())).get();
        officer.run(() -> enrolments.enrol(course, people.get(1).key())).get();
        assertEquals("training.enrolment.full", officer.run(() -> enrolments.enrol(course, people.get(2).key())).refusal());
        assertEquals(2, enrolled(course));
        assertEquals(2, officer.run(() -> courses.course(course)).get().enrolments().size());

        long byCommune = course(tag + "C", 1, 1);
        assertEquals("training.enrolment.full", officer.run(() -> enrolments.enrolCommune(byCommune, TestRegistrations.TAN_HOI)).refusal(),
                "more managers in the commune than places: all or none");
        assertEquals(0, enrolled(byCommune));
    }

    @Test
    void nobodyIsEnrolledTwice() throws Exception {
        String tag = tag();
        producer(tag, "Phạm Thị Tư " + tag);
        long course = course(tag, 10, 1);
        String person = candidates(course, tag).get(0).key();
        officer.run(() -> enrolments.enrol(course, person)).get();
        assertEquals("training.enrolment.twice", officer.run(() -> enrolments.enrol(course, person)).refusal());
        assertTrue(candidates(course, tag).isEmpty(), "an enrolled person is no longer offered");
        assertEquals(1, enrolled(course));
        long staffCourse = course(tag + "S", 10, 1, Audience.DISTRICT_STAFF);
        assertEquals("training.enrolment.wrongAudience", officer.run(() -> enrolments.enrol(staffCourse, person)).refusal(),
                "a manager in a course for the programme staff");
        assertTrue(candidates(staffCourse, "kiem thu").stream().anyMatch(t -> "it-officer".equals(t.username())),
                "the district office's accounts are offered there");
    }

    @Test
    void aWorkbookEnrolsAllItsRowsOrNone() throws Exception {
        String tag = tag();
        String number = producer(tag, "Đỗ Văn Năm " + tag, "Đỗ Thị Sáu " + tag);
        long course = course(tag, 10, 1);
        byte[] broken = workbook(new String[] {number, "Do Van Nam " + tag}, new String[] {number, "Người Không Có " + tag});
        assertEquals(1, officer.run(() -> enrolments.preview(course, broken)).get().problems().size());
        assertEquals("registration.import.hasErrors", officer.run(() -> enrolments.importAll(course, broken)).refusal());
        assertEquals(0, enrolled(course), "nothing enrolled from a file with a problem");

        byte[] good = workbook(new String[] {number, "Do Van Nam " + tag}, new String[] {number, "Đỗ Thị Sáu " + tag});
        assertEquals(2, officer.run(() -> enrolments.importAll(course, good)).get());
        assertEquals(2, enrolled(course));
        assertEquals("registration.import.hasErrors", officer.run(() -> enrolments.importAll(course, good)).refusal(),
                "the same file again: already enrolled");
        assertEquals(2, enrolled(course));
    }

    @Test
    void theCoverageApiCountsTheManagersTakingPartAndThoseWhoCompleted() throws Exception {
        Portal portal = new Portal(url.toURI());
        long deadline = System.currentTimeMillis() + 30_000;
        while (portal.signIn("it-officer", TestAccounts.PASSWORD).statusCode() != 302) {
            assertTrue(System.currentTimeMillis() < deadline, "the test accounts were not created");
            Thread.sleep(500);
        }
        JsonObject before = line(portal);

        String tag = tag();
        producer(tag, "Vũ Văn Bảy " + tag, "Vũ Thị Tám " + tag);
        long course = course(tag, 10, 2);
        List<Trainee> people = candidates(course, tag);
        officer.run(() -> enrolments.enrol(course, people.get(0).key())).get();
        officer.run(() -> enrolments.enrol(course, people.get(1).key())).get();
        CourseDetails details = officer.run(() -> courses.course(course)).get();
        EnrolmentView first = details.enrolments().get(0);
        for (SessionView session : details.sessions()) {
            officer.run(() -> enrolments.mark(first.id(), session.id(), AttendanceStatus.PRESENT)).get();
        }
        EnrolmentView done = officer.run(() -> enrolments.record(first.id(), Outcome.PASSED)).get();
        assertTrue(done.completed());
        EnrolmentView second = details.enrolments().get(1);
        officer.run(() -> enrolments.mark(second.id(), details.sessions().get(0).id(), AttendanceStatus.PRESENT)).get();
        assertTrue(!officer.run(() -> enrolments.record(second.id(), Outcome.PASSED)).get().completed(), "1 of 2 sessions is 50 %");

        JsonObject after = line(portal);
        int required = after.getInt("required");
        int trained = after.getInt("trained");
        assertEquals(before.getInt("required") + 2, required);
        assertEquals(before.getInt("trained") + 1, trained);
        assertEquals(BigDecimal.valueOf(trained * 100L).divide(BigDecimal.valueOf(required), 1, java.math.RoundingMode.HALF_UP),
                after.getJsonNumber("percent").bigDecimalValue());
        assertEquals(100, after.getInt("target"));
        assertTrue(after.getJsonArray("untrained").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals(people.get(1).name())));

        JsonObject listed = portal.json("api/v1/courses?q=IT-" + tag);
        assertEquals(1, listed.getInt("total"));
        JsonObject item = listed.getJsonArray("items").getJsonObject(0);
        assertEquals(2, item.getInt("enrolled"));
        assertEquals(1, item.getInt("completed"));
        assertEquals("PRODUCER_MANAGER", item.getString("audience"));
        assertEquals(YEAR + "-03-01", item.getString("startDate"));

        assertEquals("training.certificate.issuedOn", officer.run(() -> enrolments.issueCertificates(course, Portal.today().plusDays(2))).refusal(),
                "never dated in the future");
        assertEquals("training.certificate.issuedOn", officer.run(() -> enrolments.issueCertificates(course, LocalDate.of(YEAR, 3, 4))).refusal(),
                "never before the course's last day");
        assertEquals(1, officer.run(() -> enrolments.issueCertificates(course, LocalDate.of(YEAR, 3, 6))).get());
        String number = officer.run(() -> courses.course(course)).get().enrolments().get(0).certificateNumber();
        long certified = officer.run(() -> courses.course(course)).get().enrolments().get(0).id();
        byte[] issued = officer.run(() -> enrolments.certificatePdf(certified)).get();
        assertTrue(new String(issued, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue(java.util.Arrays.equals(issued, officer.run(() -> enrolments.certificatePdf(certified)).get()),
                "the print kept when the certificate was issued is served, never rendered again");
        assertEquals(YEAR + "-03-06", new Portal(url.toURI()).json("api/v1/verify/training/" + number).getString("issuedOn"),
                "a certificate of a course held before carries the day it was issued, not the day it was recorded");
        assertTrue(number.matches("DT-" + YEAR + "-\\d{4}-[A-Z2-9]{4}"), number);
        Portal anonymous = new Portal(url.toURI());
        JsonObject verified = anonymous.json("api/v1/verify/training/" + number);
        assertEquals(first.name(), verified.getString("name"));
        assertEquals("IT-" + tag, verified.getString("courseCode"));
        assertTrue(java.util.Set.of("number", "name", "courseCode", "courseTitle", "startDate", "endDate", "hours", "organiser",
                "issuedOn").containsAll(verified.keySet()), "nothing about the person but the name: " + verified);
        assertEquals(404, anonymous.get("api/v1/verify/training/DT-1999-9999").statusCode());
        assertEquals(401, anonymous.get("api/v1/training/coverage").statusCode());
    }

    /** The coverage line of the managers of xã Tân Hội in the test year. */
    private static JsonObject line(Portal portal) {
        return portal.json("api/v1/training/coverage?year=" + YEAR).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("audience").equals("PRODUCER_MANAGER")
                        && i.getJsonNumber("communeId").longValue() == TestRegistrations.TAN_HOI)
                .findFirst().orElseGet(() -> jakarta.json.Json.createObjectBuilder().add("required", 0).add("trained", 0).build());
    }

    private static byte[] workbook(String[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                vn.ocop.training.control.EnrolmentImport.template()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(vn.ocop.training.control.EnrolmentImport.SHEET);
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
