package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.Representative;
import vn.ocop.registration.entity.StoredFile;
import vn.ocop.registration.entity.Support;
import vn.ocop.registration.entity.SupportDocument;
import vn.ocop.registration.entity.SupportType;
import vn.ocop.shared.control.BusinessException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a support and of the types of support, without a server. */
class SupportRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2020, 6, 15, 10, 30);
    private static final AdministrativeUnit PHUNG = new AdministrativeUnit(10L, "09877", "Thị trấn Phùng", UnitType.TOWNSHIP, null, null, null);
    private static final ProductSet CAKES = new ProductSet(7L, "1048/QĐ-TTg", 6, "1.3.2", "Thực phẩm chế biến", "Chế biến từ gạo, ngũ cốc");

    private final Producer producer = producer("Hợp tác xã Bánh Phùng", "0100109106");
    private final Product product = new Product(producer, CAKES, "Bánh tẻ Phùng", NOW.minusYears(1), "officer");
    private final SupportType branding = new SupportType("BRANDING", "Thiết kế nhãn, mẫu mã, bao bì", "Labels and packaging", 2);

    private static Producer producer(String name, String taxCode) {
        return new Producer(name, ProducerType.COOPERATIVE, taxCode, PHUNG, "Phố Phùng",
                new Representative("Nguyễn Văn An", "Giám đốc", "MALE", "Kinh"));
    }

    private Support.Terms terms(Product product, LocalDate day, Long amount, String reference) {
        return new Support.Terms(producer, product, branding, day, amount, FundingSource.CITY_BUDGET, reference, " In  1.000 nhãn ");
    }

    private Support support() {
        return new Support(terms(product, NOW.toLocalDate().minusDays(10), 12_500_000L, "125/QĐ-UBND"), NOW, "officer");
    }

    private static String field(Runnable action) {
        return assertThrows(BusinessException.class, action::run).field();
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).messageKey();
    }

    @Test
    void aSupportKeepsWhatWasGivenAndWhoRecordedIt() {
        Support support = support();
        assertEquals(producer, support.getProducer());
        assertEquals(product, support.getProduct());
        assertEquals(12_500_000L, support.getAmountVnd());
        assertEquals(LocalDate.of(2020, 6, 5), support.getGrantedOn());
        assertEquals("125/QĐ-UBND", support.getReferenceNumber());
        assertEquals("In 1.000 nhãn", support.getNote());
        assertEquals("officer", support.getRecordedBy());
        assertEquals(NOW, support.getRecordedAt());
    }

    @Test
    void theAmountIsPositiveAndSane() {
        LocalDate day = NOW.toLocalDate();
        assertEquals("amount", field(() -> new Support(terms(null, day, 0L, null), NOW, "officer")));
        assertEquals("registration.support.amountPositive", key(() -> new Support(terms(null, day, -5L, null), NOW, "officer")));
        assertEquals("error.required", key(() -> new Support(terms(null, day, null, null), NOW, "officer")));
        assertEquals("registration.support.amountTooLarge",
                key(() -> new Support(terms(null, day, Support.MAX_AMOUNT_VND + 1, null), NOW, "officer")));
        assertEquals(Support.MAX_AMOUNT_VND, new Support(terms(null, day, Support.MAX_AMOUNT_VND, null), NOW, "officer").getAmountVnd());
        assertEquals(1L, new Support(terms(null, day, 1L, null), NOW, "officer").getAmountVnd());
    }

    @Test
    void theDateIsNeitherInTheFutureNorAbsurdlyOld() {
        assertEquals("registration.support.dateInFuture",
                key(() -> new Support(terms(null, NOW.toLocalDate().plusDays(1), 1_000_000L, null), NOW, "officer")));
        assertEquals("grantedOn", field(() -> new Support(terms(null, null, 1_000_000L, null), NOW, "officer")));
        assertEquals("registration.support.dateTooEarly",
                key(() -> new Support(terms(null, LocalDate.of(1999, 12, 31), 1_000_000L, null), NOW, "officer")));
        assertEquals(NOW.toLocalDate(), new Support(terms(null, NOW.toLocalDate(), 1_000_000L, null), NOW, "officer").getGrantedOn(),
                "today is allowed");
        Support support = support();
        assertEquals("registration.support.dateInFuture",
                key(() -> support.change(terms(null, LocalDate.of(2021, 1, 2), 1_000_000L, null), LocalDate.of(2021, 1, 1))));
    }

    @Test
    void theProductMustBeOneOfTheProducersOwn() {
        Producer other = producer("Tổ hợp tác Rau sạch Tân Hội", "0100109106");
        Product foreign = new Product(other, CAKES, "Rau cải ngọt", NOW.minusYears(1), "officer");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> new Support(terms(foreign, NOW.toLocalDate(), 1_000_000L, null), NOW, "officer"));
        assertEquals("product", refused.field());
        assertEquals("registration.support.productOfOtherProducer", refused.messageKey());
        assertNull(new Support(terms(null, NOW.toLocalDate(), 1_000_000L, null), NOW, "officer").getProduct(),
                "a support of the producer as a whole has no product");
    }

    @Test
    void requiredParts() {
        LocalDate day = NOW.toLocalDate();
        assertEquals("producer", field(() -> new Support(new Support.Terms(null, null, branding, day, 1L,
                FundingSource.CITY_BUDGET, null, null), NOW, "officer")));
        assertEquals("type", field(() -> new Support(new Support.Terms(producer, null, null, day, 1L,
                FundingSource.CITY_BUDGET, null, null), NOW, "officer")));
        assertEquals("fundingSource", field(() -> new Support(new Support.Terms(producer, null, branding, day, 1L,
                null, null, null), NOW, "officer")));
        assertEquals("note", field(() -> new Support(new Support.Terms(producer, null, branding, day, 1L,
                FundingSource.DISTRICT_BUDGET, null, "x".repeat(Support.MAX_NOTE + 1)), NOW, "officer")));
    }

    @Test
    void aRetiredTypeIsNotOfferedForNewSupportsButStaysOnOldOnes() {
        Support support = support();
        branding.deactivate();
        assertEquals("registration.support.typeInactive", key(() -> support()));
        support.change(new Support.Terms(producer, null, branding, LocalDate.of(2020, 1, 2), 3_000_000L,
                FundingSource.INTEGRATED_PROGRAMMES, null, null), NOW.toLocalDate());
        assertEquals(3_000_000L, support.getAmountVnd(), "a support may keep its retired type");
        SupportType equipment = new SupportType("EQUIPMENT", "Máy móc, thiết bị", "Machinery", 1);
        equipment.deactivate();
        assertEquals("type", field(() -> support.change(new Support.Terms(producer, null, equipment,
                LocalDate.of(2020, 1, 2), 3_000_000L, FundingSource.INTEGRATED_PROGRAMMES, null, null), NOW.toLocalDate())));
        equipment.activate();
        support.change(new Support.Terms(producer, null, equipment, LocalDate.of(2020, 1, 2), 3_000_000L,
                FundingSource.INTEGRATED_PROGRAMMES, null, null), NOW.toLocalDate());
        assertEquals(equipment, support.getType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"125/QĐ-UBND", "15/2020/HĐ-KT", "số 125/qđ-ubnd", "Số: 125/QĐ-UBND", "03/HĐDV", "2136/QĐ-UBND.KT"})
    void decisionAndContractNumbersAreAccepted(String reference) {
        String canonical = Support.canonicalReference(reference);
        assertTrue(canonical.contains("/") && canonical.equals(canonical.toUpperCase(Locale.forLanguageTag("vi"))), canonical);
        assertFalse(canonical.startsWith("SỐ"), canonical);
    }

    @Test
    void referenceNumbersAreWrittenAsOnTheDocument() {
        assertEquals("125/QĐ-UBND", Support.canonicalReference("  số: 125/qđ-ubnd "));
        assertNull(Support.canonicalReference("   "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quyết định", "125", "QĐ-UBND", "125/QĐ;UBND", "/125/QĐ", "125/QĐ-UBND <script>"})
    void otherTextIsNotAReferenceNumber(String reference) {
        assertEquals("referenceNumber", field(() -> Support.canonicalReference(reference)));
    }

    @Test
    void aReferenceNumberHasAtMostSixtyCharacters() {
        assertEquals("error.tooLong", key(() -> Support.canonicalReference("1/" + "A".repeat(Support.MAX_REFERENCE))));
    }

    @Test
    void theSameFileIsAttachedOnceToASupport() {
        Support support = support();
        Upload pdf = Uploads.check("quyet-dinh.pdf", "%PDF-1.4 quyết định 125".getBytes(StandardCharsets.UTF_8));
        SupportDocument document = support.attach(pdf, new StoredFile(pdf.content(), null), NOW, "officer");
        assertEquals("quyet-dinh.pdf", document.getUpload().getFileName());
        assertEquals(Uploads.PDF, document.getUpload().getMediaType());
        assertEquals(pdf.sha256(), document.getUpload().getSha256());
        BusinessException again = assertThrows(BusinessException.class, () -> support.attach(
                Uploads.check("ban-sao.pdf", pdf.content()), new StoredFile(pdf.content(), null), NOW, "officer"));
        assertEquals("registration.support.duplicateFile", again.messageKey());
        assertEquals("file", again.field());
        assertEquals(1, support.getDocuments().size());
        support.detach(document);
        assertTrue(support.getDocuments().isEmpty());
        support.attach(pdf, new StoredFile(pdf.content(), null), NOW, "officer");
        assertEquals(1, support.getDocuments().size(), "once taken off, it may be attached again");
    }

    @Test
    void theAuditStateNamesEveryPart() {
        String state = support().auditState();
        for (String part : new String[] {"type=BRANDING", "grantedOn=2020-06-05", "amountVnd=12500000",
            "fundingSource=CITY_BUDGET", "reference=125/QĐ-UBND", "documents=[]"}) {
            assertTrue(state.contains(part), part + " in " + state);
        }
    }

    @Test
    void typesHaveACodeTwoNamesAndAPlace() {
        SupportType type = new SupportType(" trade fair ", " Xúc tiến  thương mại ", "Trade promotion", 6);
        assertEquals("TRADE_FAIR", type.getCode());
        assertEquals("Xúc tiến thương mại", type.getNameVi());
        assertEquals("Trade promotion", type.name(Locale.ENGLISH));
        assertEquals("Xúc tiến thương mại", type.name(Locale.forLanguageTag("vi")));
        assertTrue(type.isActive());
        assertEquals("code", field(() -> new SupportType("Xúc tiến", "Xúc tiến", "Promotion", 1)));
        assertEquals("code", field(() -> new SupportType(null, "Xúc tiến", "Promotion", 1)));
        assertEquals("nameVi", field(() -> new SupportType("PROMOTION", " ", "Promotion", 1)));
        assertEquals("nameEn", field(() -> new SupportType("PROMOTION", "Xúc tiến", null, 1)));
        assertEquals("position", field(() -> new SupportType("PROMOTION", "Xúc tiến", "Promotion", 0)));
        type.rename("Hỗ trợ xúc tiến thương mại", "Trade promotion support");
        type.moveTo(3);
        type.deactivate();
        assertEquals("code=TRADE_FAIR; nameVi=Hỗ trợ xúc tiến thương mại; nameEn=Trade promotion support; position=3; active=false",
                type.auditState());
    }
}
