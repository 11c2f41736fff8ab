package vn.ocop.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.InspectionForm;
import vn.ocop.certification.boundary.InspectionView;
import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.entity.InspectionKind;
import vn.ocop.certification.entity.InspectionOutcome;
import vn.ocop.registration.control.Uploads;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;

/**
 * One inspection after recognition: with {@code certificate}, the form the office fills in to record one (the signed
 * minutes uploaded with it); with {@code id}, the inspection as recorded, its minutes and, when it proposes the
 * revocation, the way to the revocation decision.
 */
@Named
@ViewScoped
public class InspectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inspections inspections;

    private Long id;
    private String certificate;
    private InspectionView inspection;
    private CertificateView inspected;
    private InspectionForm form = new InspectionForm();
    private String minutesName;
    private byte[] minutes;

    /** Called by the view parameters: an inspection recorded, or the form for a certificate. */
    public void load() {
        if (id != null) {
            inspection = inspections.inspection(id);
        } else if (certificate != null && !certificate.isBlank()) {
            inspected = inspections.certificate(certificate);
        } else {
            throw new BusinessException("error.notFound");
        }
    }

    /** Keeps the minutes uploaded with the form (checked now, stored with the inspection). */
    public void upload(FileUploadEvent event) {
        Uploads.Upload checked = Uploads.check(event.getFile().getFileName(), event.getFile().getContent());
        minutesName = checked.fileName();
        minutes = checked.content();
        Texts.info("certification_inspection.minutesReady");
    }

    public String save() {
        InspectionView recorded = inspections.record(inspected.number(), form, minutesName, minutes);
        Texts.info("certification_inspection.recorded");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/certification/inspection?faces-redirect=true&id=" + recorded.id();
    }

    /** Attaches the signed minutes to an inspection recorded without them. */
    public void attach(FileUploadEvent event) {
        inspection = inspections.attachMinutes(id, event.getFile().getFileName(), event.getFile().getContent());
        Texts.info("certification_inspection.minutesAttached");
    }

    public InspectionKind[] getKinds() {
        return InspectionKind.values();
    }

    public InspectionOutcome[] getOutcomes() {
        return InspectionOutcome.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCertificate() { return certificate; }
    public void setCertificate(String certificate) { this.certificate = certificate; }
    public InspectionView getInspection() { return inspection; }
    public CertificateView getInspected() { return inspected; }
    public InspectionForm getForm() { return form; }
    public String getMinutesName() { return minutesName; }
}
