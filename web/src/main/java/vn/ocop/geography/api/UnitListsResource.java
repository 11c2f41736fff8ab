package vn.ocop.geography.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.geography.boundary.UnitImportResult;
import vn.ocop.geography.boundary.UnitImports;
import vn.ocop.geography.control.UnitCsv;
import vn.ocop.geography.control.UnitImport;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The official list of administrative units through the API, for the administrator:
 * {@code GET /ocop/api/v1/unit-lists/current.csv} (the stored units in the import's format),
 * {@code POST …/preview} and {@code POST …/import} with the CSV file as the body ({@code text/csv},
 * UTF-8). A preview stores nothing; an import that finds any problem answers 400 and stores nothing.
 * Each problem comes with its row and column and the sentence in Vietnamese and in English. The
 * routes take nothing but a CSV body, which no form of another site can send as such.
 */
@Path("unit-lists")
public class UnitListsResource {

    public static final String CSV = "text/csv";

    /** The preview as the API contract names its fields. */
    public record Preview(int rows, boolean valid, long added, long changed, long confirmed, long unchanged, int successionsAdded,
                          int successionsChanged, int kept, List<Line> lines, List<Problem> problems) {
    }

    public record Line(int row, String code, String name, String type, String parentCode, String validFrom, String validTo,
                       String change) {
    }

    public record Problem(int row, String column, String messageKey, List<Object> arguments, String messageVi, String messageEn) {
    }

    @EJB
    UnitImports imports;

    @GET
    @Path("current.csv")
    @Produces(CSV + "; charset=UTF-8")
    public Response current() {
        return Response.ok(imports.currentList()).header("Content-Disposition",
                Downloads.contentDisposition(Texts.get(Locale.forLanguageTag("vi"), "geography_import.currentFileName"))).build();
    }

    @POST
    @Path("preview")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public Preview preview(InputStream body) {
        UnitImport.Preview p = imports.preview(read(body));
        return new Preview(p.lines().size(), p.valid(), p.count(UnitImport.Change.ADDED), p.count(UnitImport.Change.CHANGED),
                p.count(UnitImport.Change.CONFIRMED), p.count(UnitImport.Change.UNCHANGED), p.successionsAdded(), p.successionsChanged(),
                p.kept(), p.lines().stream().limit(1000).map(UnitListsResource::line).toList(),
                p.problems().stream().map(UnitListsResource::problem).toList());
    }

    @POST
    @Path("import")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public UnitImportResult importAll(InputStream body) {
        return imports.importAll(read(body));
    }

    /** The body, read no further than one byte past the largest file taken (which the rules then refuse). */
    private static byte[] read(InputStream body) {
        try (body) {
            return body.readNBytes((int) UnitCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line line(UnitImport.Line l) {
        return new Line(l.row(), l.code(), l.name(), l.type() == null ? l.typeText() : l.type().name(), l.parentCode(),
                l.validFrom() == null ? null : l.validFrom().toString(), l.validTo() == null ? null : l.validTo().toString(),
                l.change() == null ? null : l.change().name());
    }

    static Problem problem(UnitImport.Problem p) {
        Object[] arguments = p.arguments().toArray();
        return new Problem(p.row(), p.column(), p.messageKey(), p.arguments(),
                Texts.get(Locale.forLanguageTag("vi"), p.messageKey(), arguments), Texts.get(Locale.ENGLISH, p.messageKey(), arguments));
    }
}
