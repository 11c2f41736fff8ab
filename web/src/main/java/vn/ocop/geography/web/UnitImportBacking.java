package vn.ocop.geography.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.ocop.geography.boundary.UnitImportResult;
import vn.ocop.geography.boundary.UnitImports;
import vn.ocop.geography.control.UnitCsv;
import vn.ocop.geography.control.UnitImport;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The administrator imports the official list of administrative units: downloads the stored list in
 * the file's format, uploads a list, sees every problem by row and column and what the import would
 * change, and confirms; the list imports whole or not at all.
 */
@Named
@ViewScoped
public class UnitImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitImports imports;

    private byte[] file;
    private String fileName;
    private UnitImport.Preview preview;
    private UnitImportResult result;
    private boolean onlyChanges = true;

    public void downloadCurrent() {
        Downloads.send(Texts.get("geography_import.currentFileName"), "text/csv; charset=UTF-8", imports.currentList());
    }

    /** Reads the uploaded list and shows what it would change; stores nothing. */
    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        file = null;
        preview = null;
        result = null;
        fileName = uploaded.getFileName();
        if (uploaded.getSize() > UnitCsv.MAX_BYTES) {
            throw BusinessException.onField("file", "geography_import.tooLarge", UnitCsv.MAX_KILOBYTES);
        }
        byte[] content = uploaded.getContent();
        preview = imports.preview(content);
        file = content;
    }

    /** Imports the previewed list (checked again), or nothing. */
    public void importAll() {
        if (!isImportable()) {
            return;
        }
        result = imports.importAll(file);
        file = null;
        preview = null;
    }

    public String message(UnitImport.Problem problem) {
        return Texts.get(problem.messageKey(), problem.arguments().toArray());
    }

    /** The rows the preview lists: only those the import changes, or all. */
    public List<UnitImport.Line> getLines() {
        return preview == null ? List.of() : preview.lines().stream()
                .filter(l -> !onlyChanges || l.change() != UnitImport.Change.UNCHANGED).toList();
    }

    public String getSummary() {
        return preview == null ? null : Texts.get("geography_import.summary", fileName, preview.lines().size(),
                preview.count(UnitImport.Change.ADDED), preview.count(UnitImport.Change.CHANGED),
                preview.count(UnitImport.Change.CONFIRMED), preview.count(UnitImport.Change.UNCHANGED),
                preview.successionsAdded(), preview.kept(), preview.problems().size());
    }

    public String getConfirmation() {
        return Texts.get("geography_import.confirm", preview == null ? 0 : preview.lines().size());
    }

    public String getResultText() {
        return result == null ? null : Texts.get("geography_import.imported", result.rows(), result.added(), result.changed(),
                result.confirmed(), result.unchanged(), result.successionsAdded(), result.kept());
    }

    public boolean isImportable() {
        return file != null && preview != null && preview.valid();
    }

    public UnitImport.Preview getPreview() {
        return preview;
    }

    public UnitImportResult getResult() {
        return result;
    }

    public boolean isOnlyChanges() {
        return onlyChanges;
    }

    public void setOnlyChanges(boolean onlyChanges) {
        this.onlyChanges = onlyChanges;
    }

    public int getMaxKilobytes() {
        return UnitCsv.MAX_KILOBYTES;
    }

    public int getMaxRows() {
        return UnitCsv.MAX_ROWS;
    }

    public String getColumns() {
        return String.join(",", UnitImport.COLUMNS);
    }
}
