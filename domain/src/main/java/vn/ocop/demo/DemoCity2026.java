package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.boundary.DecisionIssuing;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.RoundProductView;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Today's portal: the City's OCOP year under 148/QĐ-TTg as amended by 1489/QĐ-TTg, through the boundaries as the City's
 * OCOP office. New producers of the three communes that succeeded Đan Phượng district on 01/07/2025 (xã Đan Phượng,
 * xã Ô Diên, xã Liên Minh) submit seven dossiers; each commune's officer pre-screens its own (six passed, some with
 * remarks, one returned with reasons); the City's round takes the six passed ones, its council of five scores on paper
 * (keyed twice), the results are opened and the round concluded; the City People's Committee's decision recognises the
 * 3★ and 4★ products and issues their certificates, in the City's name; the product of 90 points or more is forwarded
 * to the ministry. The dates follow the day the data is loaded: dossiers about seven weeks before, pre-screens a month
 * before, the round two weeks before, the decision signed three days before.
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoCity2026 {

    @PersistenceContext
    EntityManager em;

    private static final Logger LOG = Logger.getLogger(DemoCity2026.class.getName());

    static final long XA_DAN_PHUONG = 40L;
    static final long XA_O_DIEN = 41L;
    static final long XA_LIEN_MINH = 42L;
    /** Product set 7 of 148/QĐ-TTg, "Chế biến từ rau, củ, quả, hạt": its sheet is usable. */
    static final long PROCESSED_148 = 7;
    static final String SIGNER = "Nguyễn Mạnh Quân";

    /** The City's council (chair, vice-chair, members, as the City's 2019 council decision set it up): account, role, position. */
    static final List<String[]> COUNCIL = List.of(
            new String[] {"city.council1", "CHAIR", "Giám đốc Sở Nông nghiệp và Môi trường"},
            new String[] {"city.council2", "VICE_CHAIR", "Phó Giám đốc Sở Nông nghiệp và Môi trường"},
            new String[] {"city.council3", "MEMBER", "Chi cục trưởng Chi cục Phát triển nông thôn"},
            new String[] {"city.council4", "MEMBER", "Phó Giám đốc Sở Công Thương"},
            new String[] {"city.council5", "MEMBER", "Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm"});

    /** A producer of the year: commune, name, type, registration number, address, representative. */
    record Producer2026(long commune, String name, ProducerType type, String number, String address, String representative,
                        List<Product2026> products) {
    }

    /**
     * A product of the year: its name, description, the commune officer who pre-screens it, the outcome with remarks
     * or reasons and the items not met, and the class the council's sheets aim at (3, 4, or 5 for 90 points or more).
     */
    record Product2026(String name, String description, String officer, PrescreenOutcome outcome, String remarks,
                       String reasons, Set<String> notMet, int aim) {
    }

    static final List<Producer2026> PRODUCERS = List.of(
            new Producer2026(XA_DAN_PHUONG, "Tổ hợp tác nông sản sạch Đan Phượng", ProducerType.COOPERATIVE_GROUP, "07/2025/THT-DP",
                    "Thôn 2, xã Đan Phượng", "Nguyễn Thị Thu Hà", List.of(
                    new Product2026("Ô mai sấu Đan Phượng", "Ô mai từ sấu của các vườn trong xã, không chất bảo quản.",
                            "xa.danphuong", PrescreenOutcome.PASSED,
                            "Nguyên liệu sấu thu mua tại các thôn của xã; hồ sơ đầy đủ.", null, Set.of(), 5),
                    new Product2026("Mứt gừng Đan Phượng", "Mứt gừng non, đóng hộp 300 g.", "xa.danphuong",
                            PrescreenOutcome.PASSED, null, null, Set.of(), 3),
                    new Product2026("Mứt bí đao Đan Phượng", "Mứt bí đao truyền thống, đóng túi 250 g.", "xa.danphuong",
                            PrescreenOutcome.RETURNED, null,
                            "Chưa có xác nhận của UBND xã về việc sử dụng lao động địa phương; đề nghị bổ sung danh sách"
                                    + " lao động và hợp đồng lao động.", Set.of("LOCAL_LABOUR"), 0))),
            new Producer2026(XA_O_DIEN, "Tổ hợp tác chế biến nông sản Ô Diên", ProducerType.COOPERATIVE_GROUP, "11/2025/THT-OD",
                    "Thôn 3, xã Ô Diên", "Trần Văn Bình", List.of(
                    new Product2026("Tương đỗ Ô Diên", "Tương đỗ tương ủ chum theo cách làm truyền thống, chai 500 ml.",
                            "xa.odien", PrescreenOutcome.PASSED,
                            "Đề nghị chủ thể bổ sung hợp đồng liên kết mua đỗ tương với các hộ trong xã.", null, Set.of(), 4),
                    new Product2026("Hoa quả sấy Hồng Hà", "Chuối, mít, khoai lang sấy giòn, túi 200 g.", "xa.odien",
                            PrescreenOutcome.PASSED, null, null, Set.of(), 3))),
            new Producer2026(XA_LIEN_MINH, "Tổ hợp tác bột sắn dây Liên Minh", ProducerType.COOPERATIVE_GROUP, "03/2025/THT-LM",
                    "Thôn 5, xã Liên Minh", "Lê Thị Ngọc", List.of(
                    new Product2026("Bột sắn dây Liên Minh", "Bột sắn dây nguyên chất, lọc thủ công, túi 500 g.", "xa.lienminh",
                            PrescreenOutcome.PASSED,
                            "Vùng trồng sắn dây của xã đã được xác nhận; hồ sơ đầy đủ.", null, Set.of(), 4),
                    new Product2026("Chuối sấy dẻo Liên Minh", "Chuối tiêu sấy dẻo, hộp 250 g.", "xa.lienminh",
                            PrescreenOutcome.PASSED, null, null, Set.of(), 3))));

    @Inject
    Producers producerRegistrations;

    @Inject
    Products productRegistrations;

    @Inject
    Dossiers dossiers;

    @Inject
    DemoPlans dates;

    @Inject
    DemoPrescreens prescreens;

    @Inject
    Rounds rounds;

    @Inject
    DemoCouncil council;

    @Inject
    Decisions decisions;

    @Inject
    DecisionIssuing issuing;

    @Inject
    DemoApproval leader;

    @Inject
    Clock clock;

    /** Loads the City's year; answers how many certificates the City issued. */
    public int load() {
        return load(List.of());
    }

    /**
     * Loads the City's year with, in its round, the district's recognised products registered again (a re-evaluation,
     * then an upgrade: {@link DemoCertification#reRegistered}), pre-screened by the officer of the commune that replaced
     * their producers' commune; the City's decision supersedes their district certificates.
     */
    public int load(List<Long> again) {
        LocalDate today = LocalDate.now(clock);
        LocalDate roundEnds = today.minusDays(12);
        Map<Long, Product2026> products = new LinkedHashMap<>();
        for (Producer2026 producer : PRODUCERS) {
            long id = producerRegistrations.registerProducer(form(producer)).id();
            producerRegistrations.addManager(id, producerRegistrations.producerDetails(id).summary().version(), producer.representative(),
                    "Tổ trưởng", null, null);
            for (Product2026 product : producer.products()) {
                products.put(submitted(id, product), product);
            }
            Settle.step(em);
        }
        dates.backdateFrom(List.copyOf(products.keySet()), today.minusDays(50).atTime(8, 0));
        for (int i = 0; i < again.size(); i++) {
            long id = again.get(i);
            products.put(id, new Product2026(productRegistrations.productDetails(id).summary().name(), null,
                    officerFor(productRegistrations.productDetails(id).communeId()), PrescreenOutcome.PASSED, i == 0
                    ? "Hồ sơ đánh giá lại đầy đủ, có báo cáo tình hình sản xuất, kinh doanh 3 năm."
                    : "Hồ sơ nâng hạng đầy đủ; giấy chứng nhận an toàn thực phẩm còn hiệu lực.", null, Set.of(), i == 0 ? 3 : 4));
        }
        int index = 0;
        List<Long> passed = new ArrayList<>();
        for (Map.Entry<Long, Product2026> entry : products.entrySet()) {
            Product2026 product = entry.getValue();
            // the dossiers registered again were submitted today (their earlier evaluations keep their own dates)
            LocalDateTime at = again.contains(entry.getKey()) ? LocalDateTime.now(clock)
                    : today.minusDays(32).atTime(9, 0).plusHours(index++);
            prescreens.record(entry.getKey(), product.officer(), product.outcome(), product.remarks(), product.reasons(),
                    product.notMet(), at);
            if (product.outcome() == PrescreenOutcome.PASSED) {
                passed.add(entry.getKey());
            }
        }
        long round = round(roundEnds, passed, products);
        DecisionDetails decision = issue(decisions.draft(round), today.minusDays(3));
        LOG.info("Demonstration of the City's year: " + products.size() + " dossiers pre-screened by the communes, "
                + passed.size() + " in the City's round, decision " + decision.decision().number() + " with "
                + decision.certificates().size() + " certificates");
        return decision.certificates().size();
    }

    /** The officer of the commune that acts for a producer's commune (itself or its successor of 01/07/2025). */
    private static String officerFor(long commune) {
        if (commune == XA_DAN_PHUONG || List.of(10L, 20L, 23L, 24L, 25L).contains(commune)) {
            return "xa.danphuong";
        }
        return commune == XA_LIEN_MINH || List.of(11L, 12L, 13L, 19L).contains(commune) ? "xa.lienminh" : "xa.odien";
    }

    /** A product of the producer under set 7 of 148/QĐ-TTg, its dossier submitted for a first evaluation. */
    private long submitted(long producer, Product2026 row) {
        long id = productRegistrations.registerProduct(producer, PROCESSED_148, row.name()).id();
        productRegistrations.describeProduct(id, version(id), row.name(), row.description(), 5);
        productRegistrations.decideIdea(id, version(id), true, "Ý tưởng sản phẩm phù hợp với thế mạnh nguyên liệu của xã.");
        productRegistrations.advance(id, version(id), null, "Phương án sản xuất, kinh doanh đã nộp.");
        productRegistrations.advance(id, version(id), null, "Chủ thể chuẩn bị hồ sơ và mẫu sản phẩm.");
        dossiers.upload(id, DossierItem.REGISTRATION_FORM, null, null, "Phiếu đăng ký - " + row.name() + ".pdf",
                dossiers.registrationFormPdf(id));
        dossiers.upload(id, DossierItem.SELF_ASSESSMENT, null, null, DemoFiles.name(DossierItem.SELF_ASSESSMENT, row.name()),
                DemoFiles.pdf(row.name(), DemoFiles.title(DossierItem.SELF_ASSESSMENT), "OCOP Ha Noi 2026"));
        productRegistrations.advance(id, version(id), RegistrationType.FIRST_TIME, "Hồ sơ nộp UBND xã để sơ loại.");
        return id;
    }

    /**
     * The City's round ending on the day: the pre-screened products (the candidates a City round is offered), the council
     * of five established by the City's decision, paper sheets keyed twice, the opening recorded, concluded.
     */
    private long round(LocalDate ends, List<Long> passed, Map<Long, Product2026> rows) {
        RoundForm form = new RoundForm();
        form.setLevel(EvaluationLevel.PROVINCE);
        form.setYear(ends.minusDays(2).getYear());
        form.setTitle("Đánh giá, phân hạng sản phẩm OCOP cấp Thành phố năm " + ends.minusDays(2).getYear() + " – đợt 2");
        form.setPlace("Sở Nông nghiệp và Môi trường Hà Nội");
        form.setStartsOn(ends.minusDays(2));
        form.setEndsOn(ends);
        long id = rounds.create(form).id();
        RoundDetails details = rounds.round(id);
        for (var candidate : rounds.candidates(id, null, 0, 200).items()) {
            if (passed.contains(candidate.productId())) {
                details = rounds.addProduct(id, details.round().version(), candidate.productId());
            }
        }
        if (details.products().size() != passed.size()) {
            throw new IllegalStateException("the City's round was offered " + details.products().size() + " of the "
                    + passed.size() + " pre-screened products");
        }
        details = council.seat(id, details, "4215/QĐ-UBND", ends.minusDays(20), COUNCIL);
        List<Long> members = DemoCouncil.scorers(details);
        for (RoundProductView product : details.products()) {
            SheetForm sheet = council.sheet(product.sheetId());
            int aim = rows.get(product.productId()).aim();
            for (int m = 0; m < members.size(); m++) {
                Map<Long, Long> choices = sheet(sheet, aim, m);
                council.key(id, product.productId(), members.get(m), choices);
            }
            Settle.step(em);
        }
        details = rounds.recordOpening(id, rounds.round(id).round().version());
        rounds.conclude(id, details.round().version());
        return id;
    }

    /**
     * A member's sheet aiming at a class: about 55 % of the points for 3★, 78 % for 4★, everything for 5★ (90 points or
     * more), raised where needed to the options marked for the classes up to the aim; members differ by a step here
     * and there.
     */
    static Map<Long, Long> sheet(SheetForm sheet, int aim, int member) {
        double quality = aim >= 5 ? 1.0 : aim == 4 ? 0.78 : 0.55;
        Map<Long, Long> choices = new LinkedHashMap<>();
        for (SheetForm.Line line : DemoSheets.criteria(sheet)) {
            List<SheetForm.Option> options = DemoSheets.byPoints(line);
            int last = options.size() - 1;
            int leaning = aim < 5 && line.id() % 5 == member % 5 ? -1 : 0;
            int at = Math.max(0, Math.min(last, (int) Math.round(quality * last) + leaning));
            choices.put(line.id(), options.get(DemoSheets.raised(options, at, stars -> stars <= aim)).id());
        }
        return choices;
    }

    /** Names the signer, has the leader approve, and issues on the day given. */
    private DecisionDetails issue(DecisionDetails draft, LocalDate signedOn) {
        return new DemoIssuing(decisions, leader, issuing).issue(draft, SIGNER, signedOn, DemoRegister.city(signedOn));
    }

    private long version(long product) {
        return productRegistrations.productDetails(product).summary().version();
    }

    private static ProducerForm form(Producer2026 row) {
        ProducerForm form = new ProducerForm();
        form.setName(row.name());
        form.setType(row.type());
        form.setTaxCode(row.number());
        form.setRegisteredOn(LocalDate.of(2025, 9, 15));
        form.setCommuneId(row.commune());
        form.setAddress(row.address());
        form.setRepresentativeName(row.representative());
        form.setRepresentativeTitle("Tổ trưởng");
        form.setMembers(12);
        form.setWorkers(25);
        return form;
    }
}
