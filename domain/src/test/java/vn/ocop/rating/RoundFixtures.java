package vn.ocop.rating;

import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.rating.control.NodeRow;
import vn.ocop.rating.control.PartMaxima;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.CriteriaSet;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.rating.entity.RecognitionAction;
import vn.ocop.rating.entity.RecognitionRule;
import vn.ocop.rating.entity.Regime;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.ScoringSheet;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.registration.entity.Representative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rounds, councils and sheets built in memory for the rules' tests: the 148/QĐ-TTg criteria set and
 * its regimes, a small usable sheet (parts 40/25/35, with two alternative cases in part C), a sheet
 * that does not add up, products whose dossier was submitted, council accounts.
 */
final class RoundFixtures {

    static final LocalDateTime T = LocalDateTime.of(2024, 10, 1, 8, 0);
    static final LocalDate STARTS = LocalDate.of(2024, 10, 1);
    static final LocalDate ENDS = LocalDate.of(2024, 10, 15);

    static final CriteriaSet SET_148 = new CriteriaSet(1L, "148/QĐ-TTg", "Bộ Tiêu chí 148", LocalDate.of(2023, 2, 24), null,
            new PartMaxima(40, 25, 35));
    static final CriteriaSet SET_1048 = new CriteriaSet(2L, "1048/QĐ-TTg", "Bộ Tiêu chí 1048", LocalDate.of(2019, 8, 21),
            LocalDate.of(2023, 2, 23), new PartMaxima(35, 25, 40));
    static final ProductSet PROCESSED = new ProductSet(7L, "148/QĐ-TTg", 7, "I.3.c", "Thực phẩm chế biến",
            "Chế biến từ rau, củ, quả, hạt");
    static final ProductSet TEA = new ProductSet(12L, "148/QĐ-TTg", 12, "II.2.b", "Đồ uống", "Chè và các sản phẩm từ chè");
    static final ProductSet FRESH_1048 = new ProductSet(101L, "1048/QĐ-TTg", 1, "1.1", "Thực phẩm", "Rau, củ, quả, hạt tươi");
    static final AdministrativeUnit TAN_HOI = new AdministrativeUnit(21L, "09910", "Xã Tân Hội", UnitType.COMMUNE, null, null, null);

    /** Criterion and option ids of the small sheet. */
    static final long A_CRITERION = 3;
    static final long A_NONE = 4;
    static final long A_HALF = 5;
    static final long A_FULL = 6;
    static final long B_CRITERION = 12;
    static final long B_LOW = 13;
    static final long B_FULL = 14;
    static final long C1_CRITERION = 23;
    static final long C1_LOW = 24;
    static final long C1_FULL = 25;
    static final long C2_FIRST = 27;
    static final long C2_FIRST_NONE = 28;
    static final long C2_FIRST_FULL = 29;
    static final long C2_SECOND = 30;
    static final long C2_SECOND_FULL = 31;

    private RoundFixtures() {
    }

    /** 148/QĐ-TTg before 1489/QĐ-TTg: district, province and central levels evaluate. */
    static Regime regime148() {
        Regime regime = new Regime(2L, "148", SET_148, LocalDate.of(2023, 2, 24), LocalDate.of(2025, 7, 5));
        regime.getRules().add(new RecognitionRule(EvaluationLevel.DISTRICT, RecognitionAction.EVALUATES, null, null, null, null));
        regime.getRules().add(new RecognitionRule(EvaluationLevel.PROVINCE, RecognitionAction.EVALUATES, null, null, null, null));
        regime.getRules().add(new RecognitionRule(EvaluationLevel.CENTRAL, RecognitionAction.EVALUATES, null, null, null, null));
        return regime;
    }

    /** 148 as amended by 1489/QĐ-TTg: no district level any more. */
    static Regime regime1489() {
        Regime regime = new Regime(3L, "148-1489", SET_148, LocalDate.of(2025, 7, 6), null);
        regime.getRules().add(new RecognitionRule(EvaluationLevel.COMMUNE, RecognitionAction.PRESCREENS, null, null, null,
                EvaluationLevel.PROVINCE));
        regime.getRules().add(new RecognitionRule(EvaluationLevel.PROVINCE, RecognitionAction.EVALUATES, null, null, null, null));
        return regime;
    }

    static List<NodeRow> smallSheetRows(String partCScore) {
        return List.of(
                row(1, null, NodeRow.PART, "A", "Phần A", "40"),
                row(2, 1L, NodeRow.SECTION, "1", "1. TỔ CHỨC SẢN XUẤT", "40"),
                row(A_CRITERION, 2L, NodeRow.CRITERION, "a", "a) Nguồn nguyên liệu", "40"),
                row(A_NONE, A_CRITERION, NodeRow.OPTION, null, "□ Không rõ nguồn gốc", "0"),
                row(A_HALF, A_CRITERION, NodeRow.OPTION, null, "□ Một phần tại địa phương", "20"),
                row(A_FULL, A_CRITERION, NodeRow.OPTION, null, "□ Toàn bộ tại địa phương", "40"),
                row(10, null, NodeRow.PART, "B", "Phần B", "25"),
                row(11, 10L, NodeRow.SECTION, "2", "2. TIẾP THỊ", "25"),
                row(B_CRITERION, 11L, NodeRow.CRITERION, "a", "a) Kênh phân phối", "25"),
                row(B_LOW, B_CRITERION, NodeRow.OPTION, null, "□ Trong xã", "10"),
                row(B_FULL, B_CRITERION, NodeRow.OPTION, null, "□ Cả nước", "25"),
                row(20, null, NodeRow.PART, "C", "Phần C", partCScore),
                new NodeRow(21, 20L, NodeRow.SECTION, 21, "3", "3. DỊCH VỤ", "Lựa chọn một trong hai trường hợp sau:", "35",
                        null, true),
                row(22, 21L, NodeRow.CRITERION, "a", "a. Trường hợp 1", "35"),
                row(C1_CRITERION, 22L, NodeRow.CRITERION, "-", "- Điều kiện kinh doanh", "35"),
                row(C1_LOW, C1_CRITERION, NodeRow.OPTION, null, "□ Có đăng ký", "5"),
                row(C1_FULL, C1_CRITERION, NodeRow.OPTION, null, "□ Đạt tiêu chuẩn", "35"),
                row(26, 21L, NodeRow.CRITERION, "b", "b. Trường hợp 2", "35"),
                row(C2_FIRST, 26L, NodeRow.CRITERION, "-", "- An toàn", "20"),
                row(C2_FIRST_NONE, C2_FIRST, NodeRow.OPTION, null, "□ Chưa đạt", "0"),
                row(C2_FIRST_FULL, C2_FIRST, NodeRow.OPTION, null, "□ Đạt", "20"),
                row(C2_SECOND, 26L, NodeRow.CRITERION, "-", "- Tiện nghi", "15"),
                row(C2_SECOND_FULL, C2_SECOND, NodeRow.OPTION, null, "□ Đầy đủ", "15"));
    }

    private static NodeRow row(long id, Long parent, int level, String code, String title, String score) {
        return new NodeRow(id, parent, level, (int) id, code, title, null, score, null, false);
    }

    /** A sheet that adds up: councils may score on it. */
    static ScoringSheet usableSheet(ProductSet set) {
        return new ScoringSheet(set.getId(), SET_148, set, "kiểm thử", smallSheetRows("35"));
    }

    /** A sheet whose part C prints 30 while its criteria give 35: it cannot be used. */
    static ScoringSheet faultySheet(ProductSet set) {
        return new ScoringSheet(set.getId(), SET_148, set, "kiểm thử", smallSheetRows("30"));
    }

    static SheetChoices form() {
        return SheetChoices.of(usableSheet(PROCESSED).check().tree());
    }

    static Producer producer(String taxCode) {
        return new Producer("Hợp tác xã Tân Hội " + taxCode, ProducerType.COOPERATIVE, taxCode, TAN_HOI, "Thôn 3, xã Tân Hội",
                new Representative("Nguyễn Thị Lan", "Giám đốc", "FEMALE", "Kinh"));
    }

    /** A product whose idea was registered and never went further. */
    static Product idea(String name, ProductSet set) {
        return new Product(producer("0100109106"), set, name, T.minusMonths(6), "officer");
    }

    /** A product whose dossier (148/QĐ-TTg: registration form and self-assessment, 5 samples) was submitted. */
    static Product submitted(String name, ProductSet set) {
        Product product = idea(name, set);
        product.acceptIdea(null, T.minusMonths(5), "officer");
        product.submitPlan(null, T.minusMonths(4), "officer");
        product.startPreparing(null, T.minusMonths(3), "officer");
        product.describe(null, 5);
        product.submitDossier(RegistrationType.FIRST_TIME, product.checklist(set.getCriteriaSet().equals("148/QĐ-TTg")
                        ? List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT)
                        : List.of(DossierItem.REGISTRATION_FORM, DossierItem.BUSINESS_PLAN, DossierItem.ORGANISATION_DESCRIPTION,
                        DossierItem.BUSINESS_REGISTRATION)),
                null, T.minusMonths(1), "officer");
        return product;
    }

    /** An account (kept per user name and role: hashing a password takes a while). */
    static UserAccount user(String username, Role role) {
        return USERS.computeIfAbsent(username + "/" + role,
                k -> new UserAccount(username, "Thành viên " + username, role, null, "ocop-demo-1".toCharArray()));
    }

    private static final Map<String, UserAccount> USERS = new ConcurrentHashMap<>();

    static EvaluationRound round() {
        return new EvaluationRound(EvaluationLevel.DISTRICT, 2024, regime148(), "Đánh giá, phân hạng sản phẩm OCOP huyện năm 2024",
                "UBND huyện Đan Phượng", STARTS, ENDS);
    }

    /** A round being scored: one product on the small sheet, a council of a chair, two members and a secretary. */
    static Scored scored() {
        EvaluationRound round = round();
        RoundProduct product = round.add(submitted("Mứt sen Tân Hội", PROCESSED), usableSheet(PROCESSED), T);
        round.getCouncil().establish("125/QĐ-UBND", STARTS.minusDays(10), 75, true, BigDecimal.TEN);
        CouncilMember chair = round.getCouncil().appoint(user("chu.tich", Role.COUNCIL), MemberRole.CHAIR, "Phó Chủ tịch UBND huyện");
        CouncilMember member = round.getCouncil().appoint(user("thanh.vien", Role.COUNCIL), MemberRole.MEMBER, null);
        CouncilMember other = round.getCouncil().appoint(user("thanh.vien2", Role.COUNCIL), MemberRole.VICE_CHAIR, null);
        CouncilMember secretary = round.getCouncil().appoint(user("thu.ky", Role.COUNCIL), MemberRole.SECRETARY, null);
        round.startScoring();
        return new Scored(round, product, chair, member, other, secretary);
    }

    record Scored(EvaluationRound round, RoundProduct product, CouncilMember chair, CouncilMember member,
                  CouncilMember other, CouncilMember secretary) {
    }
}
