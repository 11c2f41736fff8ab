package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import vn.ocop.registration.boundary.ProducerDetails;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.control.BusinessException;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training in the server, as the district office runs it: a course takes no more than its capacity
 * (one at a time, by commune all or none), nobody twice, an Excel workbook enrols all its rows or
 * none, and the coverage API counts the managers of the producers taking part and those who
 * completed a course. Each test makes its own producers (in xã Tân Hội) and courses, and compares
 * differences, so the tests do not depend on each other.
 */
@IntegrationTest
class TrainingIT {

    private static final int YEAR = 2021;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    AsOfficer officer;

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

    private <T> T asOfficer(Callable<T> work) throws Exception {
        return officer.run(work).get();
    }

    private String refused(Callable<?> work) {
        return assertThrows(BusinessException.class, () -> asOfficer(work)).messageKey();
    }

    private static String tag() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** A producer taking part (one product) in xã Tân Hội with the managers named; answers its registration number. */
    private String producer(String tag, String... managers) throws Exception {
        return asOfficer(() -> {
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
        });
    }

    private long course(String tag, int capacity, int sessions) throws Exception {
        return course(tag, capacity, sessions, Audience.PRODUCER_MANAGER);
    }

    private long course(String tag, int capacity, int sessions, Audience audience) throws Exception {
        return asOfficer(() -> {
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
        });
    }

    private List<Trainee> candidates(long course, String text) throws Exception {
        return asOfficer(() -> enrolments.candidates(course, text));
    }

    private long enrolled(long course) throws Exception {
        return asOfficer(() -> courses.course(course)).course().enrolled();
    }

    @Test
    void aCourseTakesNoMoreThanItsCapacity() throws Exception {
        String tag = tag();
        producer(tag, "Trần Văn Một " + tag, "Trần Văn Hai " + tag, "Trần Văn Ba " + tag);
        long course = course(tag, 2, 1);
        List<Trainee> people = candidates(course, tag);
        assertEquals(3, people.size(), "the three managers, found by the producer's name");
        asOfficer(() -> enrolments.enrol(course, people.get(0).key()));
        asOfficer(() -> enrolments.enrol(course, people.get(1).key()));
        assertEquals("training.enrolment.full", refused(() -> enrolments.enrol(course, people.get(2).key())));
        assertEquals(2, enrolled(course));
        assertEquals(2, asOfficer(() -> courses.course(course)).enrolments().size());

        long byCommune = course(tag + "C", 1, 1);
        assertEquals("training.enrolment.full", refused(() -> enrolments.enrolCommune(byCommune, TestRegistrations.TAN_HOI)),
                "more managers in the commune than places: all or none");
        assertEquals(0, enrolled(byCommune));
    }

    @Test
    void nobodyIsEnrolledTwice() throws Exception {
        String tag = tag();
        producer(tag, "Phạm Thị Tư " + tag);
        long course = course(tag, 10, 1);
        String person = candidates(course, tag).get(0).key();
        asOfficer(() -> enrolments.enrol(course, person));
        assertEquals("training.enrolment.twice", refused(() -> enrolments.enrol(course, person)));
        assertTrue(candidates(course, tag).isEmpty(), "an enrolled person is no longer offered");
        assertEquals(1, enrolled(course));
        long staffCourse = course(tag + "S", 10, 1, Audience.DISTRICT_STAFF);
        assertEquals("training.enrolment.wrongAudience", refused(() -> enrolments.enrol(staffCourse, person)),
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
        assertEquals(1, asOfficer(() -> enrolments.preview(course, broken)).problems().size());
        assertEquals("registration.import.hasErrors", refused(() -> enrolments.importAll(course, broken)));
        assertEquals(0, enrolled(course), "nothing enrolled from a file with a problem");

        byte[] good = workbook(new String[] {number, "Do Van Nam " + tag}, new String[] {number, "Đỗ Thị Sáu " + tag});
        assertEquals(2, asOfficer(() -> enrolments.importAll(course, good)));
        assertEquals(2, enrolled(course));
        assertEquals("registration.import.hasErrors", refused(() -> enrolments.importAll(course, good)),
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
        asOfficer(() -> enrolments.enrol(course, people.get(0).key()));
        asOfficer(() -> enrolments.enrol(course, people.get(1).key()));
        CourseDetails details = asOfficer(() -> courses.course(course));
        EnrolmentView first = details.enrolments().get(0);
        for (SessionView session : details.sessions()) {
            asOfficer(() -> enrolments.mark(first.id(), session.id(), AttendanceStatus.PRESENT));
        }
        EnrolmentView done = asOfficer(() -> enrolments.record(first.id(), Outcome.PASSED));
        assertTrue(done.completed());
        EnrolmentView second = details.enrolments().get(1);
        asOfficer(() -> enrolments.mark(second.id(), details.sessions().get(0).id(), AttendanceStatus.PRESENT));
        assertTrue(!asOfficer(() -> enrolments.record(second.id(), Outcome.PASSED)).completed(), "1 of 2 sessions is 50 %");

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

        assertEquals("training.certificate.issuedOn", refused(() -> enrolments.issueCertificates(course, LocalDate.now().plusDays(2))),
                "never dated in the future");
        assertEquals("training.certificate.issuedOn", refused(() -> enrolments.issueCertificates(course, LocalDate.of(YEAR, 3, 4))),
                "never before the course's last day");
        assertEquals(1, asOfficer(() -> enrolments.issueCertificates(course, LocalDate.of(YEAR, 3, 6))));
        String number = asOfficer(() -> courses.course(course)).enrolments().get(0).certificateNumber();
        long certified = asOfficer(() -> courses.course(course)).enrolments().get(0).id();
        byte[] issued = asOfficer(() -> enrolments.certificatePdf(certified));
        assertTrue(new String(issued, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue(java.util.Arrays.equals(issued, asOfficer(() -> enrolments.certificatePdf(certified))),
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
