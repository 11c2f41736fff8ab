package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.ocop.rating.boundary.ScoringForms;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.control.DataSources;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.VietnameseText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A province-size demonstration on top of the City's ({@link DemoLoad}), for trying and measuring the portal at the
 * size of a City: 100 demonstration communes (marked as demonstration units, named "… Minh họa nnn"; the official
 * list replaces them when the administrator imports it), 5,000 producers with two managers each, 20,000 products spread
 * over every cycle step with their moves, 100,000 dossier documents' metadata (one shared file), a support per
 * producer this year, a City round of 500 products scored by a council of 11 (5,500 submitted sheets, results
 * opened), a recognition decision with 2,000 certificates, and 20 courses whose 10,000 trainees completed.
 *
 * <p>The rows go in as batched inserts on one connection (about half a million rows), in the caller's transaction:
 * loaded completely, or not at all. Nothing here goes through the boundaries' rules one row at a time: the rows copy
 * the shape of the City's demonstration rows (its round, decision, certificate, course and enrolment) with new
 * values, so they are what the boundaries would have stored. Loaded once: a second start finds the first producer.
 */
@Stateless
@RunAs(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoProvince {

    /** The run command's switch: {@code -Docop.demo.size=province}. */
    public static final String SIZE = "ocop.demo.size";
    public static final String PROVINCE = "province";

    static final long BASE = 100_000_000L;
    static final int COMMUNES = 100;
    static final int PRODUCERS = 5_000;
    static final int PRODUCTS_EACH = 4;
    static final int DOCUMENTS_EACH = 5;
    static final int ROUND_PRODUCTS = 500;
    static final int MEMBERS = 11;
    static final int CERTIFICATES = 2_000;
    static final int COURSES = 20;

    static final String[] KINDS = {"Hợp tác xã", "Công ty TNHH", "Tổ hợp tác", "Hộ kinh doanh"};
    static final String[] TYPES = {"COOPERATIVE", "ENTERPRISE", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS"};
    static final String[] WHAT = {"Rau sạch", "Bánh chưng", "Giò chả", "Mật ong", "Gạo nếp", "Nấm sò", "Trà hoa", "Bưởi diễn",
        "Miến dong", "Đồ gỗ", "Mây tre đan", "Cá kho", "Tương nếp", "Rượu nếp", "Hoa lan", "Chè xanh", "Ô mai", "Mứt sen"};
    static final String[] STEPS = {"IDEA_REGISTERED", "IDEA_RETURNED", "IDEA_ACCEPTED", "PLAN_SUBMITTED", "PREPARING",
        "DOSSIER_SUBMITTED"};
    static final String[] ITEMS = {"REGISTRATION_FORM", "SELF_ASSESSMENT", "FOOD_SAFETY_CERTIFICATE", "TEST_REPORT", "OTHER"};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Quốc Hùng", "Thị Lan", "Đức Long",
        "Thị Mai", "Văn Nam", "Thu Trang", "Hữu Phúc", "Thanh Hà"};

    private static final Logger LOG = Logger.getLogger(DemoProvince.class.getName());

    @Inject
    ScoringForms forms;

    /** Whether the run command asked for the province-size demonstration. */
    public static boolean requested() {
        return PROVINCE.equalsIgnoreCase(System.getProperty(SIZE, ""));
    }

    /** Whether it was loaded on an earlier start. */
    public boolean loaded() {
        try (Connection c = DataSources.ocop().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM producer WHERE id = ?")) {
            q.setLong(1, BASE);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads it; answers what it loaded. */
    public String load() {
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        try (Connection c = DataSources.ocop().getConnection()) {
            return load(c, today);
        } catch (SQLException e) {
            throw new IllegalStateException("the province-size demonstration: " + e.getMessage(), e);
        }
    }

    String load(Connection c, LocalDate today) throws SQLException {
        long started = System.nanoTime();
        List<Long> communes = communes(c, COMMUNES);
        registrations(c, today, communes, PRODUCERS);
        int sheets = round(c, today, communes);
        int certificates = certificates(c, today);
        int trainees = training(c, today, communes);
        analyze(c);
        return String.format(Locale.ROOT, "%d demonstration communes, %d producers, %d products, %d documents, a City round of"
                        + " %d products × %d members (%d sheets), %d certificates, %d trainees, %d supports (%d s)",
                communes.size(), PRODUCERS, PRODUCERS * PRODUCTS_EACH, PRODUCERS * PRODUCTS_EACH * DOCUMENTS_EACH, ROUND_PRODUCTS,
                MEMBERS, sheets, certificates, trainees, PRODUCERS, (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * The producers (two managers and a support each), their products (four each, every cycle step in turn, with the
     * moves that led there) and the products' dossier documents (five each, one shared file).
     */
    static void registrations(Connection c, LocalDate today, List<Long> communes, int producers) throws SQLException {
        int year = today.getYear();
        LocalDateTime morning = today.atTime(8, 0);
        long file = BASE;
        try (PreparedStatement stored = c.prepareStatement("INSERT INTO stored_file (id, content) VALUES (?, ?)")) {
            stored.setLong(1, file);
            stored.setBytes(2, DemoFiles.pdf("Hồ sơ minh họa", "Tài liệu minh họa", "OCOP Ha Noi " + year));
            stored.executeUpdate();
        }
        try (ProvinceRows producer = ProvinceRows.of(c, "producer", "id", "name", "name_key", "type", "tax_code", "registered_on",
                "unit_id", "address", "representative_name", "phone", "status", "version");
             ProvinceRows manager = ProvinceRows.of(c, "producer_manager", "id", "producer_id", "name", "position", "phone");
             ProvinceRows product = ProvinceRows.of(c, "product", "id", "producer_id", "product_set_id", "name", "name_key", "step",
                     "registration_type", "version");
             ProvinceRows move = ProvinceRows.of(c, "product_transition", "id", "product_id", "from_step", "to_step",
                     "occurred_at", "actor", "note");
             ProvinceRows document = ProvinceRows.of(c, "dossier_document", "id", "product_id", "item", "file_name", "media_type",
                     "size_bytes", "sha256", "file_id", "uploaded_by", "uploaded_at");
             ProvinceRows support = ProvinceRows.of(c, "support", "id", "producer_id", "support_type_id", "granted_on",
                     "amount_vnd", "funding_source", "recorded_by", "recorded_at", "version")) {
            long moveId = BASE;
            long documentId = BASE;
            List<Long> supportTypes = ids(c, "SELECT id FROM support_type ORDER BY id");
            for (int i = 0; i < producers; i++) {
                long id = BASE + i;
                long commune = communes.get(i % communes.size());
                String name = KINDS[i % 4] + " " + WHAT[i % WHAT.length] + " Minh họa " + String.format(Locale.ROOT, "%04d", i + 1);
                producer.add("id", id, "name", name, "name_key", VietnameseText.searchKey(name), "type", TYPES[i % 4],
                        "tax_code", String.format(Locale.ROOT, "MH%08d", i + 1), "registered_on", LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28),
                        "unit_id", commune, "address", "Thôn " + (i % 9 + 1), "representative_name", person(i),
                        "phone", String.format(Locale.ROOT, "09%08d", i), "status", "ACTIVE", "version", 0L);
                manager.add("id", BASE + 2L * i, "producer_id", id, "name", person(i), "position", "Giám đốc", "phone", null);
                manager.add("id", BASE + 2L * i + 1, "producer_id", id, "name", person(i + 7), "position", "Kế toán", "phone", null);
                LocalDate granted = today.withDayOfYear(1).plusDays(i % Math.max(1, today.getDayOfYear()));
                support.add("id", BASE + i, "producer_id", id, "support_type_id", supportTypes.get(i % supportTypes.size()),
                        "granted_on", granted, "amount_vnd", 5_000_000L + (i % 10) * 1_000_000L, "funding_source", "CITY_BUDGET",
                        "recorded_by", "officer", "recorded_at", morning.minusDays(1), "version", 0L);
                for (int k = 0; k < PRODUCTS_EACH; k++) {
                    int n = i * PRODUCTS_EACH + k;
                    long productId = BASE + n;
                    String step = STEPS[n % STEPS.length];
                    String productName = WHAT[(i + k) % WHAT.length] + " Minh họa " + String.format(Locale.ROOT, "%05d", n + 1);
                    product.add("id", productId, "producer_id", id, "product_set_id", productSet(n), "name", productName,
                            "name_key", VietnameseText.searchKey(productName), "step", step,
                            "registration_type", "DOSSIER_SUBMITTED".equals(step) ? "FIRST_TIME" : null, "version", 1L);
                    LocalDateTime registered = LocalDate.of(year, 1, 5).plusDays(n % 60).atTime(9, 0);
                    move.add("id", moveId++, "product_id", productId, "from_step", null, "to_step", "IDEA_REGISTERED",
                            "occurred_at", registered, "actor", "officer", "note", null);
                    String from = "IDEA_REGISTERED";
                    for (String to : path(step)) {
                        registered = registered.plusDays(7);
                        move.add("id", moveId++, "product_id", productId, "from_step", from, "to_step", to,
                                "occurred_at", registered, "actor", "officer", "note", null);
                        from = to;
                    }
                    for (int d = 0; d < DOCUMENTS_EACH; d++, documentId++) {
                        document.add("id", documentId, "product_id", productId, "item", ITEMS[d], "file_name",
                                ITEMS[d].toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (n + 1) + ".pdf", "media_type",
                                "application/pdf", "size_bytes", 1_024L, "sha256", String.format(Locale.ROOT, "%064x", documentId),
                                "file_id", file, "uploaded_by", "officer", "uploaded_at", registered);
                    }
                }
                if (i % 100 == 99) {
                    ProvinceRows.flush(producer, manager, support, product, move, document);
                }
            }
            ProvinceRows.flush(producer, manager, support, product, move, document);
            LOG.info("Province-size demonstration: " + producer.rows() + " producers, " + product.rows() + " products, "
                    + move.rows() + " moves, " + (document.rows()) + " documents");
        }
    }

    /** Product n's set: the round's and the certified products (dossier submitted) are under set 7, whose sheet is usable. */
    static long productSet(int n) {
        return n % STEPS.length == STEPS.length - 1 ? DemoCity2026.PROCESSED_148 : 1 + n % 26;
    }

    /** The moves after the registration that lead to the step. */
    static List<String> path(String step) {
        return switch (step) {
            case "IDEA_REGISTERED" -> List.of();
            case "IDEA_RETURNED" -> List.of("IDEA_RETURNED");
            case "IDEA_ACCEPTED" -> List.of("IDEA_ACCEPTED");
            case "PLAN_SUBMITTED" -> List.of("IDEA_ACCEPTED", "PLAN_SUBMITTED");
            case "PREPARING" -> List.of("IDEA_ACCEPTED", "PLAN_SUBMITTED", "PREPARING");
            default -> List.of("IDEA_ACCEPTED", "PLAN_SUBMITTED", "PREPARING", "DOSSIER_SUBMITTED");
        };
    }

    static String person(int i) {
        return FAMILY[i % FAMILY.length] + " " + GIVEN[(i / FAMILY.length) % GIVEN.length];
    }

    /** The products whose dossier was submitted (every sixth), in order: the round takes the first 500, certificates the next. */
    static long submitted(int k) {
        return BASE + (long) k * STEPS.length + STEPS.length - 1;
    }

    /** The demonstration communes and wards of the City from 01/07/2025, marked as demonstration units. */
    static List<Long> communes(Connection c, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ProvinceRows unit = ProvinceRows.of(c, "administrative_unit", "id", "code", "name", "level", "type", "parent_id",
                "valid_from", "valid_to", "version", "demonstration")) {
            for (int i = 1; i <= count; i++) {
                boolean ward = i % 4 == 0;
                long id = BASE + i;
                unit.add("id", id, "code", String.format(Locale.ROOT, "MH%03d", i), "name",
                        (ward ? "Phường" : "Xã") + " Minh họa " + String.format(Locale.ROOT, "%03d", i), "level", "COMMUNE",
                        "type", ward ? "WARD" : "COMMUNE", "parent_id", DemoData.CITY, "valid_from", LocalDate.of(2025, 7, 1),
                        "valid_to", null, "version", 0L, "demonstration", Boolean.TRUE);
                ids.add(id);
            }
            unit.flush();
        }
        return ids;
    }

    /**
     * A City round like the City's demonstration round (its regime, criteria and sheet), 500 products of set 7, a council
     * of 11 accounts (password of the demonstration), every member's sheet submitted, the results opened.
     */
    private int round(Connection c, LocalDate today, List<Long> communes) throws SQLException {
        long template = count(c, "SELECT MAX(id) FROM evaluation_round WHERE level = 'PROVINCE'");
        long sheetId = count(c, "SELECT MIN(sheet_id) FROM round_product WHERE round_id = " + template);
        long roundId = BASE;
        try (ProvinceRows round = ProvinceRows.copying(c, "evaluation_round", "id = " + template)) {
            round.add("id", roundId, "title", "Đánh giá, phân hạng sản phẩm OCOP cấp Thành phố năm " + today.getYear()
                            + " – đợt minh họa quy mô tỉnh", "starts_on", today.minusDays(20), "ends_on", today.plusDays(10),
                    "status", "SCORING", "results_opened", Boolean.TRUE, "results_opened_at", today.minusDays(1).atTime(16, 0),
                    "results_opened_by", "city.officer", "version", 1L);
            round.flush();
        }
        try (ProvinceRows council = ProvinceRows.of(c, "council", "id", "round_id", "decision_number", "decision_date",
                "quorum_percent", "chair_required", "max_spread")) {
            council.add("id", roundId, "round_id", roundId, "decision_number", "9001/QĐ-UBND", "decision_date", today.minusDays(30),
                    "quorum_percent", 75, "chair_required", Boolean.TRUE, "max_spread", new java.math.BigDecimal("10"));
            council.flush();
        }
        List<Long> members = new ArrayList<>();
        try (ProvinceRows account = ProvinceRows.copying(c, "user_account", "username = 'city.council1'");
             ProvinceRows member = ProvinceRows.of(c, "council_member", "id", "council_id", "user_id", "role", "position")) {
            for (int m = 0; m < MEMBERS; m++) {
                long user = BASE + m;
                account.add("id", user, "username", String.format(Locale.ROOT, "province.council%02d", m + 1), "full_name",
                        person(m * 13 + 5), "email", String.format(Locale.ROOT, "province.council%02d@hanoi.example.vn", m + 1),
                        "last_login_at", null, "failed_logins", 0, "version", 0L);
                member.add("id", BASE + m, "council_id", roundId, "user_id", user, "role", m == 0 ? "CHAIR" : m == 1 ? "VICE_CHAIR"
                        : "MEMBER", "position", m == 0 ? "Giám đốc Sở Nông nghiệp và Môi trường" : "Thành viên Hội đồng");
                members.add(BASE + m);
            }
            ProvinceRows.flush(account, member);
        }
        SheetForm form = forms.form(sheetId);
        List<SheetForm.Line> criteria = form.lines().stream().filter(SheetForm.Line::criterion).toList();
        LocalDateTime at = today.minusDays(2).atTime(10, 0);
        int sheets = 0;
        try (ProvinceRows entry = ProvinceRows.of(c, "round_product", "id", "round_id", "product_id", "sheet_id", "added_at",
                "version");
             ProvinceRows sheet = ProvinceRows.of(c, "score_sheet", "id", "member_id", "round_product_id", "status", "withdrawn",
                     "saved_at", "submitted_at", "version");
             ProvinceRows choice = ProvinceRows.of(c, "score_choice", "id", "sheet_id", "criterion_id", "option_id")) {
            long choiceId = BASE;
            for (int p = 0; p < ROUND_PRODUCTS; p++) {
                long entryId = BASE + p;
                entry.add("id", entryId, "round_id", roundId, "product_id", submitted(p), "sheet_id", sheetId, "added_at",
                        at.minusDays(10), "version", 0L);
                for (int m = 0; m < members.size(); m++) {
                    long id = BASE + (long) p * MEMBERS + m;
                    sheet.add("id", id, "member_id", members.get(m), "round_product_id", entryId, "status", "SUBMITTED",
                            "withdrawn", Boolean.FALSE, "saved_at", at, "submitted_at", at, "version", 1L);
                    sheets++;
                    // Products aim at different classes: the lower options for some, the higher for others; members a step apart.
                    int aim = p % 4;
                    for (int i = 0; i < criteria.size(); i++) {
                        List<SheetForm.Option> options = criteria.get(i).options();
                        int pick = Math.min(options.size() - 1, Math.max(0, options.size() - 1 - aim + ((i + m) % 3 == 0 ? -1 : 0)));
                        choice.add("id", choiceId++, "sheet_id", id, "criterion_id", criteria.get(i).id(), "option_id",
                                options.get(best(options, pick)).id());
                    }
                }
                if (p % 20 == 19) {
                    ProvinceRows.flush(entry, sheet, choice);
                }
            }
            ProvinceRows.flush(entry, sheet, choice);
        }
        return sheets;
    }

    /** The index of the option with the rank-th lowest points (options are printed in any order). */
    private static int best(List<SheetForm.Option> options, int rank) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(i -> points(options.get(i).points())));
        return order.get(Math.max(0, Math.min(order.size() - 1, rank)));
    }

    private static java.math.BigDecimal points(String points) {
        try {
            return points == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(points.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return java.math.BigDecimal.ZERO;
        }
    }

    /** A recognition decision of the City like its demonstration decision, with 2,000 certificates (3★ to 5★). */
    private int certificates(Connection c, LocalDate today) throws SQLException {
        long template = count(c, "SELECT MAX(id) FROM cert_decision WHERE kind = 'RECOGNITION' AND status = 'ISSUED'");
        long decisionId = BASE;
        LocalDate signed = today.minusDays(200);
        try (ProvinceRows decision = ProvinceRows.copying(c, "cert_decision", "id = " + template)) {
            decision.add("id", decisionId, "number_year", signed.getYear(), "sequence_no", 9001,
                    "number", "9001/QĐ-UBND", "signed_on", signed, "summary",
                    "Công nhận kết quả đánh giá, phân hạng sản phẩm OCOP Thành phố (dữ liệu minh họa quy mô tỉnh)", "version", 0L);
            decision.flush();
        }
        try (ProvinceRows certificate = ProvinceRows.copying(c, "cert_certificate", "decision_id = " + template);
             ProvinceRows line = ProvinceRows.copying(c, "cert_decision_product", "decision_id = " + template);
             PreparedStatement names = c.prepareStatement("SELECT p.id, p.name, pr.name, pr.address, pr.unit_id FROM product p"
                     + " JOIN producer pr ON pr.id = p.producer_id WHERE p.id = ?")) {
            for (int k = 0; k < CERTIFICATES; k++) {
                long productId = submitted(ROUND_PRODUCTS + k);
                names.setLong(1, productId);
                String productName;
                String producerName;
                String address;
                long commune;
                try (ResultSet rs = names.executeQuery()) {
                    rs.next();
                    productName = rs.getString(2);
                    producerName = rs.getString(3);
                    address = rs.getString(4);
                    commune = rs.getLong(5);
                }
                int stars = k % 10 == 0 ? 5 : k % 3 == 0 ? 4 : 3;
                LocalDate from = signed.minusDays(k % 700);
                LocalDate until = k % 25 == 0 ? today.plusDays(5 + k % 80) : from.plusYears(3);
                long id = BASE + k;
                String number = String.format(Locale.ROOT, "MH-%05d", k + 1);
                certificate.add("id", id, "number", number, "decision_id", decisionId, "product_id", productId, "commune_id", commune,
                        "product_name", productName, "producer_name", producerName, "address", address, "stars", stars,
                        "valid_from", from, "valid_until", until, "status", "VALID", "revoked_by_id", null, "revoked_on", null,
                        "version", 0L);
                line.add("id", id, "decision_id", decisionId, "position", k + 1, "product_id", productId, "commune_id", commune,
                        "certificate_id", id, "product_name", productName, "producer_name", producerName, "address", address,
                        "stars", stars, "score", new java.math.BigDecimal(stars == 5 ? "91.50" : stars == 4 ? "78.00" : "62.25"));
                if (k % 500 == 499) {
                    ProvinceRows.flush(certificate, line);
                }
            }
            ProvinceRows.flush(certificate, line);
        }
        return CERTIFICATES;
    }

    /** 20 courses for the producers' managers this year, each of their 10,000 managers completed one. */
    private int training(Connection c, LocalDate today, List<Long> communes) throws SQLException {
        long template = count(c, "SELECT MIN(course_id) FROM training_enrolment WHERE completed = TRUE AND manager_id IS NOT NULL");
        LocalDate start = today.withDayOfYear(1).plusDays(10);
        try (ProvinceRows course = ProvinceRows.copying(c, "training_course", "id = " + template)) {
            for (int i = 0; i < COURSES; i++) {
                String title = "Tập huấn OCOP cho chủ thể – lớp minh họa " + (i + 1);
                LocalDate from = start.plusDays(i * 7L);
                LocalDate to = from.plusDays(2).isAfter(today) ? today : from.plusDays(2);
                course.add("id", BASE + i, "code", String.format(Locale.ROOT, "MH-%d-%02d", today.getYear(), i + 1), "title", title,
                        "title_key", VietnameseText.searchKey(title), "start_date", from.isAfter(to) ? to : from, "end_date", to,
                        "capacity", PRODUCERS, "version", 0L);
            }
            course.flush();
        }
        int trainees = 0;
        try (ProvinceRows enrolment = ProvinceRows.copying(c, "training_enrolment", "completed = TRUE AND manager_id IS NOT NULL")) {
            for (int i = 0; i < PRODUCERS; i++) {
                for (int k = 0; k < 2; k++) {
                    long id = BASE + 2L * i + k;
                    enrolment.add("id", id, "course_id", BASE + (2L * i + k) % COURSES, "manager_id", id, "user_id", null,
                            "audience", "PRODUCER_MANAGER", "name", person(i + 7 * k), "producer_id", BASE + i, "unit_id",
                            communes.get(i % communes.size()), "completed", Boolean.TRUE, "certificate_number",
                            String.format(Locale.ROOT, "MH%07d", 2 * i + k + 1), "certified_on", start.plusDays(3),
                            "enrolled_by", "officer", "enrolled_at", start.atTime(8, 0), "version", 0L);
                    trainees++;
                }
                if (i % 500 == 499) {
                    enrolment.flush();
                }
            }
            enrolment.flush();
        }
        return trainees;
    }

    private static void analyze(Connection c) throws SQLException {
        if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
