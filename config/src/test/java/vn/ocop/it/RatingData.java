package vn.ocop.it;

import vn.ocop.rating.boundary.CouncilForm;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProductDetails;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.RegistrationType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rating tests' own data, made through the boundaries in the server (as the district office):
 * products whose dossier was submitted (148/QĐ-TTg, product set 7 "Chế biến từ rau, củ, quả, hạt",
 * whose sheet is usable; set 12, tea, whose sheet is not), and the forms of a district round of 2024.
 */
public final class RatingData {

    /** Product set 7 of 148/QĐ-TTg: usable sheet (id 7). */
    public static final long PROCESSED = 7;
    /** Product set 12 of 148/QĐ-TTg (tea): its sheet does not add up and cannot be used. */
    public static final long TEA = 12;
    public static final LocalDate STARTS = LocalDate.of(2024, 10, 1);
    public static final LocalDate ENDS = LocalDate.of(2024, 10, 15);

    private RatingData() {
    }

    /** A product idea of a new producer in xã Tân Hội. */
    public static long idea(Producers producers, Products products, long productSet, String tag) {
        return idea(producers, products, productSet, tag, TestRegistrations.TAN_HOI);
    }

    /** A product idea of a new producer in the commune (unit id). */
    public static long idea(Producers producers, Products products, long productSet, String tag, long commune) {
        String number = "IT-DG-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        ProducerForm form = new ProducerForm();
        form.setName("Tổ hợp tác rt-Đánh giá " + tag + " " + number);
        form.setType(ProducerType.COOPERATIVE_GROUP);
        form.setTaxCode(number);
        form.setCommuneId(commune);
        form.setAddress("Thôn 4");
        form.setRepresentativeName("Lê Thị Hạnh");
        long producer = producers.registerProducer(form).id();
        return products.registerProduct(producer, productSet, "Sản phẩm rt-" + tag + " " + number).id();
    }

    /** A product whose dossier (registration form, self-assessment, 5 samples) was submitted for a first evaluation. */
    public static long submitted(Producers producers, Products products, Dossiers dossiers, long productSet, String tag) {
        return submitted(producers, products, dossiers, productSet, tag, TestRegistrations.TAN_HOI);
    }

    /** The same, for a new producer of the commune (unit id). */
    public static long submitted(Producers producers, Products products, Dossiers dossiers, long productSet, String tag, long commune) {
        long id = idea(producers, products, productSet, tag, commune);
        dossierBegun(products, dossiers, id);
        submitFirstTime(products, id, null);
        return id;
    }

    /** The idea accepted and the dossier begun: the registration form and the self-assessment uploaded. */
    public static void dossierBegun(Products products, Dossiers dossiers, long id) {
        ProductView product = products.productDetails(id).summary();
        product = products.decideIdea(id, product.version(), true, null);
        product = products.advance(id, product.version(), null, null);
        products.advance(id, product.version(), null, null);
        dossiers.upload(id, DossierItem.REGISTRATION_FORM, null, null, "phieu-dang-ky.pdf", pdf("Phiếu đăng ký " + id));
        dossiers.upload(id, DossierItem.SELF_ASSESSMENT, null, null, "tu-danh-gia.pdf", pdf("Tự đánh giá " + id));
    }

    /** The product described (its description or null, 5 samples) and its dossier submitted for a first evaluation. */
    public static void submitFirstTime(Products products, long id, String description) {
        ProductDetails details = products.productDetails(id);
        details = products.describeProduct(id, details.summary().version(), details.summary().name(), description, 5);
        products.advance(id, details.summary().version(), RegistrationType.FIRST_TIME, null);
    }

    /** A district round of October 2024 (148/QĐ-TTg). */
    public static RoundForm round(String tag) {
        RoundForm form = new RoundForm();
        form.setLevel(EvaluationLevel.DISTRICT);
        form.setYear(2024);
        form.setTitle("Đợt kiểm thử rt-" + tag);
        form.setPlace("UBND huyện Đan Phượng");
        form.setStartsOn(STARTS);
        form.setEndsOn(ENDS);
        return form;
    }

    /** A City round of October 2026 (148/QĐ-TTg as amended by 1489/QĐ-TTg: no district level any more). */
    public static RoundForm cityRound(String tag) {
        RoundForm form = new RoundForm();
        form.setLevel(EvaluationLevel.PROVINCE);
        form.setYear(2026);
        form.setTitle("Đợt kiểm thử cấp Thành phố rt-" + tag);
        form.setPlace("UBND Thành phố Hà Nội");
        form.setStartsOn(LocalDate.of(2026, 10, 1));
        form.setEndsOn(LocalDate.of(2026, 10, 15));
        return form;
    }

    /** The decision that established the council: three quarters with the chair, 10 points of spread. */
    public static CouncilForm decision(String tag) {
        CouncilForm form = new CouncilForm();
        form.setDecisionNumber(tag + "/QĐ-UBND");
        form.setDecisionDate(STARTS.minusDays(10));
        form.setQuorumPercent(75);
        form.setChairRequired(true);
        form.setMaxSpread(BigDecimal.TEN);
        return form;
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj\n<<>>\nendobj\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
