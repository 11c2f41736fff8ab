package vn.ocop.registration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.ocop.registration.boundary.ImportResult;
import vn.ocop.registration.boundary.ProducerWorkbooks;
import vn.ocop.registration.control.ImportPreview;
import vn.ocop.registration.control.ImportProblem;
import vn.ocop.registration.control.ProducerImport;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.IOException;
import java.io.Serializable;

/**
 * Imports producers and products from an Excel workbook: the template to fill in, the upload with
 * a preview of every row and every problem, and the import of all rows (only without problems),
 * whose counts stay on the page.
 * For the district office and commune officers; others get the unknown page.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProducerWorkbooks workbooks;

    @Inject
    UserSession session;

    private byte[] workbook;
    private String fileName;
    private ImportPreview preview;
    private ImportResult result;

    /** Leaders and administrators read producers but do not import: the page answers as unknown. */
    public void checkRole() throws IOException {
        if (!mayImport()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not Found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean mayImport() {
        return session.hasRole("OFFICER") || session.hasRole("COMMUNE");
    }

    public void downloadTemplate() {
        Downloads.send(Texts.get("registration_import.templateFileName"), Downloads.XLSX, workbooks.template());
    }

    /** Reads the uploaded workbook and shows what it would import; stores nothing. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        workbook = null;
        preview = null;
        result = null;
        fileName = file.getFileName();
        if (file.getSize() > ProducerImport.MAX_BYTES) {
            throw BusinessException.onField("file", "registration.upload.tooLarge", ProducerImport.MAX_MEGABYTES);
        }
        byte[] content = file.getContent();
        preview = workbooks.preview(content);
        workbook = content;
    }

    /** Imports every row of the previewed workbook (checked again), or none. */
    public void importAll() {
        if (!isImportable()) {
            return;
        }
        result = workbooks.importAll(workbook);
        workbook = null;
        preview = null;
    }

    /** The problem's message in the user's language. */
    public String message(ImportProblem problem) {
        return Texts.get(problem.messageKey(), problem.arguments().toArray());
    }

    /** The label of the import button, with the number of rows it stores. */
    public String getImportLabel() {
        return Texts.get("registration_import.importAll", preview == null ? 0 : preview.rows());
    }

    public String getConfirmation() {
        return Texts.get("registration_import.confirm", preview == null ? 0 : preview.rows());
    }

    public String getSummary() {
        return preview == null ? null : Texts.get("registration_import.summary", fileName, preview.producers().size(),
                preview.products().size(), preview.problems().size());
    }

    public boolean isImportable() {
        return workbook != null && preview != null && preview.valid();
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }

    public String getFileName() {
        return fileName;
    }

    public int getMaxMegabytes() {
        return ProducerImport.MAX_MEGABYTES;
    }

    public int getMaxRows() {
        return ProducerImport.MAX_ROWS;
    }
}
