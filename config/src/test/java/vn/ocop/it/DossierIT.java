package vn.ocop.it;

import jakarta.ejb.EJB;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.registration.boundary.DossierView;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProducerDetails;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProductDetails;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.control.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Dossiers in the server: uploads refused for their content, size or emptiness change nothing; the
 * same file is not taken twice; a dossier is submitted only when complete; a stale edit is refused.
 */
@IntegrationTest
class DossierIT extends ServerTest {

    @EJB
    Producers producers;

    @EJB
    Products products;

    @EJB
    Dossiers dossiers;

    private long productId;

    @BeforeEach
    void aProductBeingPrepared() throws Exception {
        String number = "IT-HS-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        productId = officer.run(() -> {
            ProducerForm form = new ProducerForm();
            form.setName("Tổ hợp tác dt-Hồ sơ " + number);
            form.setType(ProducerType.COOPERATIVE_GROUP);
            form.setTaxCode(number);
            form.setCommuneId(TestRegistrations.TAN_HOI);
            form.setAddress("Thôn 2, xã Tân Hội");
            form.setRepresentativeName("Trần Thị Hoa");
            long producer = producers.registerProducer(form).id();
            ProductView product = products.registerProduct(producer, 7, "Mứt dt-sen " + number);
            product = products.decideIdea(product.id(), product.version(), true, null);
            product = products.advance(product.id(), product.version(), null, null);
            return products.advance(product.id(), product.version(), null, null).id();
        }).get();
    }

    private BusinessException refusedUpload(String name, byte[] content) {
        return assertThrows(BusinessException.class, () -> officer.run(
                () -> dossiers.upload(productId, DossierItem.REGISTRATION_FORM, null, null, name, content)).get());
    }

    private int documents() throws Exception {
        return officer.run(() -> dossiers.dossier(productId)).get().documents().size();
    }

    @Test
    void refusedUploadsChangeNothing() throws Exception {
        assertEquals("registration.upload.type", refusedUpload("phieu.pdf",
                "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1)).messageKey());
        assertEquals("registration.upload.empty", refusedUpload("trong.pdf", new byte[0]).messageKey());
        byte[] oversize = new byte[(int) Uploads.MAX_BYTES + 1];
        byte[] header = RatingData.pdf("lớn");
        System.arraycopy(header, 0, oversize, 0, header.length);
        assertEquals("registration.upload.tooLarge", refusedUpload("lon.pdf", oversize).messageKey());
        assertEquals(0, documents());
    }

    @Test
    void aFileIsStoredWithItsHashAndNotTakenTwice() throws Exception {
        byte[] form = RatingData.pdf("Phiếu đăng ký " + productId);
        DossierView dossier = officer.run(() -> dossiers.upload(productId, DossierItem.REGISTRATION_FORM, null, null,
                "Phiếu đăng ký.pdf", form)).get();
        DossierView.Document stored = dossier.documents().get(0);
        assertEquals(Sha256.hex(form), stored.sha256());
        assertEquals("application/pdf", stored.mediaType());
        assertEquals("Phiếu đăng ký.pdf", stored.fileName());
        assertEquals(form.length, officer.run(() -> dossiers.content(stored.id())).get().bytes().length);

        BusinessException duplicate = assertThrows(BusinessException.class, () -> officer.run(
                () -> dossiers.upload(productId, DossierItem.OTHER, null, null, "ban-sao.pdf", form)).get());
        assertEquals("registration.dossier.duplicate", duplicate.messageKey());
        assertEquals(1, documents());
    }

    @Test
    void aDossierIsSubmittedOnlyWhenComplete() throws Exception {
        officer.run(() -> dossiers.upload(productId, DossierItem.REGISTRATION_FORM, null, null, "phieu.pdf", RatingData.pdf("phiếu"))).get();
        ProductDetails product = officer.run(() -> products.productDetails(productId)).get();
        BusinessException incomplete = assertThrows(BusinessException.class, () -> officer.run(
                () -> products.advance(productId, product.summary().version(), RegistrationType.FIRST_TIME, null)).get());
        assertEquals("registration.dossier.incomplete", incomplete.messageKey());
        assertEquals(java.util.List.of(DossierItem.SELF_ASSESSMENT, vn.ocop.registration.control.DossierChecklist.Samples.MISSING),
                incomplete.arguments()[0], "named: the item missing, and the samples");

        BusinessException testReport = assertThrows(BusinessException.class, () -> officer.run(() -> dossiers.upload(
                productId, DossierItem.TEST_REPORT, null, null, "kiem-nghiem.pdf", RatingData.pdf("kiểm nghiệm"))).get());
        assertEquals("registration.dossier.issuerRequired", testReport.messageKey());

        officer.run(() -> dossiers.upload(productId, DossierItem.SELF_ASSESSMENT, null, null, "tu-danh-gia.pdf",
                RatingData.pdf("tự đánh giá"))).get();
        ProductDetails described = officer.run(() -> products.describeProduct(productId,
                products.productDetails(productId).summary().version(), "Mứt sen Tân Hội", null, 5)).get();
        ProductView submitted = officer.run(() -> products.advance(productId, described.summary().version(),
                RegistrationType.FIRST_TIME, "Nộp hồ sơ đợt 1")).get();
        assertEquals(CycleStep.DOSSIER_SUBMITTED, submitted.step());

        BusinessException frozen = assertThrows(BusinessException.class, () -> officer.run(() -> dossiers.upload(
                productId, DossierItem.OTHER, null, null, "muon.pdf", RatingData.pdf("muộn"))).get());
        assertEquals("registration.product.submitted", frozen.messageKey());
    }

    @Test
    void theSecondOfTwoEditsOfTheSameVersionIsRefused() throws Exception {
        long version = officer.run(() -> products.productDetails(productId)).get().summary().version();
        officer.run(() -> products.describeProduct(productId, version, "Mứt sen (người thứ nhất)", null, 5)).get();
        assertThrows(ConcurrentChangeException.class, () -> officer.run(
                () -> products.describeProduct(productId, version, "Mứt sen (người thứ hai)", null, 3)).get());
        ProductDetails kept = officer.run(() -> products.productDetails(productId)).get();
        assertEquals("Mứt sen (người thứ nhất)", kept.summary().name());
        assertEquals(5, kept.samples());
    }

    @Test
    void anUploadMakesAnOpenPageStale() throws Exception {
        long version = officer.run(() -> products.productDetails(productId)).get().summary().version();
        officer.run(() -> dossiers.upload(productId, DossierItem.REGISTRATION_FORM, null, null, "phieu.pdf", RatingData.pdf("p"))).get();
        assertThrows(ConcurrentChangeException.class, () -> officer.run(
                () -> products.describeProduct(productId, version, "Mứt sen", null, 5)).get());
    }

    @Test
    void theAnswerOfAChangeCarriesTheNewVersion() throws Exception {
        long producer = officer.run(() -> products.productDetails(productId)).get().summary().producerId();
        long version = officer.run(() -> producers.producerDetails(producer)).get().summary().version();
        ProducerDetails added = officer.run(() -> producers.addManager(producer, version, "Lê Thị Hoa", "Kế toán",
                "0912345678", null)).get();
        ProducerDetails saved = officer.run(() -> producers.updateProducer(producer, added.summary().version(), added.form())).get();
        assertEquals(1, saved.managers().size(), "the page that added a manager can save again without a false conflict");
    }
}
