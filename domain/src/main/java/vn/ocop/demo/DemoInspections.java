package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.InspectionForm;
import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.entity.InspectionKind;
import vn.ocop.certification.entity.InspectionOutcome;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The demonstration's inspections after recognition, recorded through the boundary as the district office: the surprise
 * inspection that proposed the revocation the demonstration issues, and on the other certificates of the same decision
 * a periodic inspection asking for a remedy followed by a compliant one, a compliant one, and a remedy now overdue.
 * Called by {@link DemoCertification}, as the office.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class DemoInspections {

    static final String BODY = "Phòng Kinh tế huyện Đan Phượng";
    static final String TEAM = "Đoàn kiểm tra liên ngành huyện Đan Phượng (Phòng Kinh tế, Phòng Y tế, Công an huyện)";

    @Inject
    Inspections inspections;

    @Inject
    Clock clock;

    /** The surprise inspection proposing to revoke the certificate; answers its id. */
    public long proposal(String certificate, LocalDate on) {
        return inspections.record(certificate, form(InspectionKind.SURPRISE, on, TEAM, "Nguyễn Văn Hùng, Trưởng đoàn; Lê Thị Mai; Phạm Quốc Tuấn",
                "Điều kiện an toàn thực phẩm, quy trình sản xuất đã công bố, lấy mẫu kiểm nghiệm",
                "Mẫu kiểm nghiệm vượt giới hạn tổng số vi sinh vật hiếu khí; cơ sở không ghi chép nhật ký sản xuất, không áp dụng"
                        + " quy trình đã công bố khi được công nhận.", InspectionOutcome.PROPOSE_REVOCATION, null), null, null).id();
    }

    /** The other certificates' inspections (as many as there are certificates, up to three). */
    public void others(List<CertificateView> certificates, LocalDate signed) {
        LocalDate today = LocalDate.now(clock);
        if (!certificates.isEmpty()) {
            String first = certificates.get(0).number();
            record(first, form(InspectionKind.PERIODIC, signed.plusDays(200), BODY, "Trần Văn Nam; Đỗ Thị Hạnh",
                    "Bao bì, nhãn sản phẩm, hồ sơ truy xuất nguồn gốc",
                    "Nhãn chưa ghi hạn sử dụng theo quy định; sổ theo dõi nguyên liệu đầu vào ghi chưa đầy đủ.",
                    InspectionOutcome.TO_REMEDY, signed.plusDays(245)));
            record(first, form(InspectionKind.PERIODIC, signed.plusDays(250), BODY, "Trần Văn Nam; Đỗ Thị Hạnh",
                    "Kiểm tra lại việc khắc phục nhãn và sổ theo dõi nguyên liệu", "Cơ sở đã khắc phục đầy đủ.",
                    InspectionOutcome.COMPLIANT, null));
        }
        if (certificates.size() > 1) {
            record(certificates.get(1).number(), form(InspectionKind.PERIODIC, signed.plusDays(320), BODY, "Trần Văn Nam; Vũ Minh Đức",
                    "Quy trình sản xuất, chất lượng sản phẩm so với hồ sơ công nhận", null, InspectionOutcome.COMPLIANT, null));
        }
        if (certificates.size() > 2) {
            record(certificates.get(2).number(), form(InspectionKind.SURPRISE, today.minusDays(60), BODY, "Đỗ Thị Hạnh; Vũ Minh Đức",
                    "Điều kiện nhà xưởng, bảo quản sản phẩm",
                    "Kho bảo quản chưa có kệ kê hàng, sản phẩm đặt sát nền; chưa có sổ kiểm soát côn trùng.",
                    InspectionOutcome.TO_REMEDY, today.minusDays(20)));
        }
    }

    private void record(String certificate, InspectionForm form) {
        inspections.record(certificate, form, null, null);
    }

    private static InspectionForm form(InspectionKind kind, LocalDate on, String body, String inspectors, String scope, String findings,
                                       InspectionOutcome outcome, LocalDate remedyBy) {
        InspectionForm form = new InspectionForm();
        form.setKind(kind);
        form.setInspectedOn(on);
        form.setBody(body);
        form.setInspectors(inspectors);
        form.setScope(scope);
        form.setFindings(findings);
        form.setOutcome(outcome);
        form.setRemedyBy(remedyBy);
        return form;
    }
}
