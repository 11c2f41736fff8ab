package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.RegistrationType;

import java.time.LocalDate;

/**
 * The re-evaluation tests' set-up, a resource of the test WAR under {@code api/v1/it-re-evaluation}, called by the
 * office's test account: a product of thị trấn Phùng whose dossier (with a food-safety certificate valid for years and
 * a test report expired at the end of 2025) is submitted for the City; the product's version; the new dossier of a
 * re-evaluation completed and submitted. Never part of the application.
 */
@Stateless
@Path("it-re-evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class ReEvaluationFixture {

    public record Id(long id) {
    }

    public record Version(long version) {
    }

    @EJB
    Producers producers;

    @EJB
    Products productRegistrations;

    @EJB
    Dossiers dossiers;

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Id submitted(@FormParam("tag") String tag) {
        long id = RatingData.idea(producers, productRegistrations, RatingData.PROCESSED, tag, TestAccounts.THI_TRAN_PHUNG);
        RatingData.dossierBegun(productRegistrations, dossiers, id);
        dossiers.upload(id, DossierItem.FOOD_SAFETY_CERTIFICATE, "Chi cục An toàn vệ sinh thực phẩm Hà Nội", LocalDate.of(2025, 3, 1),
                LocalDate.of(2028, 2, 28), "atvstp.pdf", RatingData.pdf("Giấy chứng nhận an toàn thực phẩm " + id));
        dossiers.upload(id, DossierItem.TEST_REPORT, "Viện Kiểm nghiệm", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 12, 31),
                "kiem-nghiem.pdf", RatingData.pdf("Phiếu kết quả kiểm nghiệm " + id));
        RatingData.submitFirstTime(productRegistrations, id, "Sản phẩm chế biến từ nguyên liệu địa phương.");
        return new Id(id);
    }

    @GET
    @Path("products/{id}/version")
    public Version version(@PathParam("id") long id) {
        return new Version(productRegistrations.productDetails(id).summary().version());
    }

    /** The re-evaluation's dossier completed (form, self-assessment, the 3-year report, a new test report) and submitted. */
    @POST
    @Path("products/{id}/resubmission")
    public Version resubmitted(@PathParam("id") long id) {
        dossiers.upload(id, DossierItem.REGISTRATION_FORM, null, null, "phieu-dang-ky-2.pdf", RatingData.pdf("Phiếu đăng ký lại " + id));
        dossiers.upload(id, DossierItem.SELF_ASSESSMENT, null, null, "tu-danh-gia-2.pdf", RatingData.pdf("Tự đánh giá lại " + id));
        dossiers.upload(id, DossierItem.PRODUCTION_REPORT, null, null, "bao-cao-3-nam.pdf", RatingData.pdf("Báo cáo 3 năm " + id));
        long version = productRegistrations.productDetails(id).summary().version();
        return new Version(productRegistrations.advance(id, version, RegistrationType.RE_EVALUATION, null).version());
    }
}
