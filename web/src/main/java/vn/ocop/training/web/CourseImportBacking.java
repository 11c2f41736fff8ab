package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.ocop.registration.control.ImportProblem;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.control.EnrolmentImport;

import java.io.Serializable;

/** The course page's enrolment from Excel: the template, the preview of an uploaded workbook, and its import. */
@Named
@ViewScoped
public class CourseImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Enrolments enrolments;

    @Inject
    CourseBacking course;

    private byte[] workbook;
    private EnrolmentImport.Plan plan;

    public void downloadTemplate() {
        Downloads.send(Texts.get("training_course.templateFileName"), Downloads.XLSX, enrolments.importTemplate());
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        workbook = null;
        plan = null;
        if (file.getSize() > EnrolmentImport.MAX_MEGABYTES * 1024L * 1024L) {
            throw BusinessException.onField("file", "registration.upload.tooLarge", EnrolmentImport.MAX_MEGABYTES);
        }
        byte[] content = file.getContent();
        plan = enrolments.preview(course.getId(), content);
        workbook = content;
    }

    public void importAll() {
        if (workbook == null || plan == null || !plan.valid()) {
            return;
        }
        int count = enrolments.importAll(course.getId(), workbook);
        workbook = null;
        plan = null;
        course.reload();
        Texts.info("training_course.imported", count);
    }

    public String message(ImportProblem problem) {
        return Texts.get(problem.messageKey(), problem.arguments().toArray());
    }

    public String getImportSummary() {
        return plan == null ? null : Texts.get("training_course.importSummary", plan.lines().size(), plan.problems().size());
    }

    public EnrolmentImport.Plan getPlan() {
        return plan;
    }
}
