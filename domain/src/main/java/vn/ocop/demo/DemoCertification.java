package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.boundary.CertificateFilter;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.Certificates;
import vn.ocop.certification.boundary.ExpiryNotices;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.boundary.Revocations;
import vn.ocop.certification.boundary.DecisionIssuing;
import vn.ocop.certification.boundary.ReceivedForm;
import vn.ocop.certification.boundary.RoundToRecognise;
import vn.ocop.certification.control.Validity;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.RevocationGround;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.RoundProductView;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProductDetails;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The certification of the demonstration, through the boundaries as the district office, in the demonstration's one
 * transaction (approval by
 * {@link DemoApproval}, a leader): the recognition decision of the 2019 pilot round, signed on 05/12/2019, with its
 * certificates (expired since December 2022); a district round of late 2023 under 148/QĐ-TTg (four products
 * processed from fruit and vegetables, re-evaluated, scored on paper by the same council) recognised by a decision
 * signed 36 months less 20 days before the day the data is loaded, so that its certificates expire within 30 days;
 * one of them revoked by a revocation decision on the proposal of a surprise inspection ({@link DemoInspections}), the
 * others inspected; an expiry notice recorded as sent; and a decision of
 * the City (4★) recorded as received.
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoCertification {

    @PersistenceContext
    EntityManager em;

    private static final Logger LOG = Logger.getLogger(DemoCertification.class.getName());
    static final LocalDate PILOT_SIGNED = LocalDate.of(2019, 12, 5);
    static final String SIGNER = "Nguyễn Văn Thắng";
    /** Product set 7 of 148/QĐ-TTg, "Chế biến từ rau, củ, quả, hạt": its sheet is usable. */
    static final long PROCESSED_148 = 7;
    static final String[] PRODUCTS_2023 = {"Mứt sen Đan Phượng", "Tương ớt Thọ An", "Dưa cải muối Trung Châu", "Bột sắn dây Hồng Hà"};
    static final double[] QUALITY_2023 = {0.5, 0.55, 0.45, 0.52};

    @Inject
    Decisions decisions;

    @Inject
    Revocations revocations;

    @Inject
    DecisionIssuing issuing;

    @Inject
    Certificates certificates;

    @Inject
    ExpiryNotices expiry;

    @Inject
    DemoApproval leader;

    @Inject
    Rounds rounds;

    @Inject
    DemoCouncil council;

    @Inject
    Products productRegistrations;

    @Inject
    Dossiers dossiers;

    @Inject
    Clock clock;

    @Inject
    DemoInspections demoInspections;

    /** Issues the demonstration's decisions; answers how many certificates were issued. */
    public int load(List<Long> producers) {
        int issued = 0;
        RoundToRecognise pilot = decisions.rounds().stream().filter(r -> r.year() == 2019).findFirst().orElse(null);
        DecisionDetails pilotDecision = null;
        if (pilot != null) {
            pilotDecision = issue(decisions.draft(pilot.roundId()), PILOT_SIGNED);
            issued += pilotDecision.certificates().size();
            receivedFromTheCity(pilotDecision);
        }
        LocalDate signed = LocalDate.now(clock).minusMonths(Validity.MONTHS).plusDays(20);
        if (signed.isBefore(LocalDate.of(2023, 3, 15)) || signed.isAfter(LocalDate.of(2025, 7, 5)) || producers.size() < 4) {
            LOG.info("Demonstration certification: no recent round (148/QĐ-TTg no longer gives the district a round on "
                    + signed + ")");
        } else {
            long round = round2023(producers, signed.minusDays(25));
            DecisionDetails recent = issue(decisions.draft(round), signed);
            issued += recent.certificates().size();
            if (recent.certificates().size() >= 2) {
                String revoked = recent.certificates().get(recent.certificates().size() - 1).number();
                long proposal = demoInspections.proposal(revoked, signed.plusDays(60));
                DecisionDetails revocation = revocations.draftRevocation(recent.decision().id(), List.of(revoked),
                        List.of(RevocationGround.INSPECTION_FINDINGS, RevocationGround.PROCESS_NOT_FOLLOWED, RevocationGround.FOOD_SAFETY),
                        "Mẫu sản phẩm lấy khi kiểm tra vượt giới hạn vi sinh vật; cơ sở không áp dụng quy trình sản xuất đã công bố.",
                        proposal);
                issue(revocation, signed.plusDays(75));
                demoInspections.others(recent.certificates().subList(0, recent.certificates().size() - 1), signed);
                // One notice sent on time (34 days before the last day); the others are overdue, and one sent now would be late.
                expiry.sendNotice(recent.certificates().get(0).number(), LocalDate.now(clock).minusDays(15));
            }
        }
        LOG.info("Demonstration certification: " + issued + " certificates issued");
        return issued;
    }

    /** Names the signer, has the leader approve, and issues on the day given. */
    private DecisionDetails issue(DecisionDetails draft, LocalDate signedOn) {
        return new DemoIssuing(decisions, leader, issuing).issue(draft, SIGNER, signedOn, DemoRegister.district(signedOn));
    }

    /** The City's 4★ decision of 2020 for the two best products the district forwarded, recorded as received. */
    private void receivedFromTheCity(DecisionDetails pilot) {
        List<DecisionDetails.Line> best = pilot.products().stream().filter(p -> p.stars() >= 4).limit(2).toList();
        if (best.isEmpty()) {
            return;
        }
        ReceivedForm form = new ReceivedForm();
        form.setNumber("1578/QĐ-UBND");
        form.setSignedOn(LocalDate.of(2020, 4, 10));
        form.setBody("UBND thành phố Hà Nội");
        form.setLevel(EvaluationLevel.PROVINCE);
        best.forEach(p -> form.getProducts().put(p.productId(), 4));
        certificates.receive(form);
    }

    /**
     * A district round of 2023 under 148/QĐ-TTg ending on {@code ends}: four products re-evaluated, the council of the
     * pilot round, paper sheets keyed twice, concluded.
     */
    private long round2023(List<Long> producers, LocalDate ends) {
        List<Long> products = new java.util.ArrayList<>();
        for (int i = 0; i < PRODUCTS_2023.length; i++) {
            products.add(submitted(producers.get(i * 3 % producers.size()), PRODUCTS_2023[i]));
        }
        RoundForm form = new RoundForm();
        form.setLevel(EvaluationLevel.DISTRICT);
        form.setYear(ends.getYear());
        form.setTitle("Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng năm " + ends.getYear() + " (đánh giá lại)");
        form.setPlace("Hội trường UBND huyện Đan Phượng");
        form.setStartsOn(ends.minusDays(2));
        form.setEndsOn(ends);
        long id = rounds.create(form).id();
        RoundDetails details = rounds.round(id);
        for (long product : products) {
            details = rounds.addProduct(id, details.round().version(), product);
        }
        details = council.seat(id, details, "1875/QĐ-UBND", ends.minusDays(20), DemoRatings.COUNCIL);
        List<Long> members = DemoCouncil.scorers(details);
        int index = 0;
        for (RoundProductView product : details.products()) {
            SheetForm sheet = council.sheet(product.sheetId());
            for (int m = 0; m < members.size(); m++) {
                Map<Long, Long> choices = threeStars(sheet, QUALITY_2023[index % QUALITY_2023.length] + (m % 3 - 1) * 0.05);
                council.key(id, product.productId(), members.get(m), choices);
            }
            Settle.step(em);
            index++;
        }
        details = rounds.recordOpening(id, rounds.round(id).round().version());
        rounds.conclude(id, details.round().version());
        return id;
    }

    /**
     * A member's sheet for a product of about {@code quality} of the points, raised where needed to the options marked
     * for 3★ (***): a 3★ product under 148/QĐ-TTg, which the district recognises (so the product's class is 3★ when the
     * total stays under 70). The integration tests' fixtures score their sheets so too.
     */
    public static Map<Long, Long> threeStars(SheetForm sheet, double quality) {
        Map<Long, Long> choices = new LinkedHashMap<>();
        for (SheetForm.Line line : DemoSheets.criteria(sheet)) {
            List<SheetForm.Option> options = DemoSheets.byPoints(line);
            int at = Math.max(0, Math.min(options.size() - 1, (int) Math.round(quality * (options.size() - 1))));
            choices.put(line.id(), options.get(DemoSheets.raised(options, at, stars -> stars == 3)).id());
        }
        return choices;
    }

    /**
     * 2026: two products of the 2023 round whose certificates are still in force register again, from their last
     * dossiers, for the City's round: the first for a re-evaluation before its certificate expires (with the report on
     * its 3 years of production and business), the second for an upgrade; both submit the new dossier (a new
     * registration form and self-assessment, a new test report: the 2023 one expired; the food-safety certificate is
     * carried over). Answers their ids, the re-evaluated one first; none when the 2023 round was not loaded.
     */
    public List<Long> reRegistered() {
        List<Long> again = new java.util.ArrayList<>();
        for (String name : PRODUCTS_2023) {
            CertificateView inForce = certificates.list(new CertificateFilter(name, null, null, null), 0, 5).items().stream()
                    .filter(c -> c.status() == CertificateStatus.VALID || c.status() == CertificateStatus.EXPIRING).findFirst()
                    .orElse(null);
            if (inForce == null || again.size() == 2) {
                continue;
            }
            RegistrationType type = again.isEmpty() ? RegistrationType.RE_EVALUATION : RegistrationType.UPGRADE;
            long id = inForce.productId();
            dossiers.reRegister(id, productRegistrations.productDetails(id).summary().version(), type, type == RegistrationType.RE_EVALUATION
                    ? "Đăng ký đánh giá lại trước khi giấy chứng nhận " + inForce.number() + " hết hiệu lực"
                    : "Đăng ký nâng hạng: sản phẩm đã cải tiến bao bì, mở rộng vùng nguyên liệu");
            dossiers.upload(id, DossierItem.REGISTRATION_FORM, null, null, "Phiếu đăng ký 2026 - " + name + ".pdf",
                    dossiers.registrationFormPdf(id));
            dossiers.upload(id, DossierItem.SELF_ASSESSMENT, null, null, "Báo cáo tự đánh giá 2026 - " + name + ".pdf",
                    DemoFiles.pdf("Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí năm 2026", name));
            dossiers.upload(id, DossierItem.TEST_REPORT, "Trung tâm Kiểm nghiệm thực phẩm Hà Nội", LocalDate.now(clock).minusDays(20),
                    LocalDate.now(clock).plusMonths(12), "Phiếu kết quả kiểm nghiệm 2026 - " + name + ".pdf",
                    DemoFiles.pdf("Phiếu kết quả kiểm nghiệm năm 2026", name));
            if (type == RegistrationType.RE_EVALUATION) {
                dossiers.upload(id, DossierItem.PRODUCTION_REPORT, null, null, "Báo cáo sản xuất, kinh doanh 3 năm - " + name + ".pdf",
                        DemoFiles.pdf("Báo cáo tình hình sản xuất, kinh doanh 3 năm 2024 - 2026", name));
            }
            productRegistrations.advance(id, productRegistrations.productDetails(id).summary().version(), type,
                    "Hồ sơ nộp UBND xã để sơ loại.");
            again.add(id);
        }
        return again;
    }

    /** A product of the producer under set 7 of 148/QĐ-TTg, its dossier submitted for re-evaluation. */
    private long submitted(long producer, String name) {
        long id = productRegistrations.registerProduct(producer, PROCESSED_148, name).id();
        ProductView product = productRegistrations.productDetails(id).summary();
        product = productRegistrations.decideIdea(id, product.version(), true, DanPhuong2019.ACCEPTED);
        product = productRegistrations.advance(id, product.version(), null, DanPhuong2019.PLAN);
        productRegistrations.advance(id, product.version(), null, DanPhuong2019.PREPARATION);
        dossiers.upload(id, DossierItem.REGISTRATION_FORM, null, null, "Phiếu đăng ký - " + name + ".pdf",
                DemoFiles.pdf("Phiếu đăng ký sản phẩm OCOP", name));
        dossiers.upload(id, DossierItem.SELF_ASSESSMENT, null, null, "Báo cáo tự đánh giá - " + name + ".pdf",
                DemoFiles.pdf("Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí", name));
        dossiers.upload(id, DossierItem.FOOD_SAFETY_CERTIFICATE, "Chi cục An toàn vệ sinh thực phẩm Hà Nội", LocalDate.of(2023, 6, 1),
                LocalDate.of(2028, 5, 31), "Giấy chứng nhận cơ sở đủ điều kiện ATTP - " + name + ".pdf",
                DemoFiles.pdf("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", name));
        dossiers.upload(id, DossierItem.TEST_REPORT, "Trung tâm Kiểm nghiệm thực phẩm Hà Nội", LocalDate.of(2023, 9, 12),
                LocalDate.of(2024, 9, 11), "Phiếu kết quả kiểm nghiệm - " + name + ".pdf",
                DemoFiles.pdf("Phiếu kết quả kiểm nghiệm", name));
        ProductDetails details = productRegistrations.productDetails(id);
        details = productRegistrations.describeProduct(id, details.summary().version(), name, "Sản phẩm chế biến từ nguyên liệu địa phương.", 5);
        productRegistrations.advance(id, details.summary().version(), RegistrationType.RE_EVALUATION, DanPhuong2019.DOSSIER);
        return id;
    }
}
