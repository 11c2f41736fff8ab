package vn.ocop.registration.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.identity.boundary.Users;
import vn.ocop.registration.boundary.ImportResult;
import vn.ocop.registration.boundary.ProducerFilter;
import vn.ocop.registration.boundary.ProducerWorkbooks;
import vn.ocop.registration.control.ImportPreview;
import vn.ocop.registration.control.ImportProblem;
import vn.ocop.registration.control.ProducerImport;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.api.ApiLanguage;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Producers in Excel workbooks through the API, behind the same roles as the pages:
 * {@code GET /ocop/api/v1/producer-workbooks/export} (the filtered list: {@code q}, {@code commune},
 * {@code type}, {@code status}, in the caller's scope), {@code GET …/template}, and for the district
 * office and commune officers {@code POST …/preview} and {@code POST …/import} with the .xlsx file
 * as the body. An import that finds any problem answers 400 and stores nothing. These two are the
 * API's only writes; they take nothing but an .xlsx body, which no form of another site can send.
 */
@Path("producer-workbooks")
public class ProducerWorkbooksResource {

    /** The preview as the API contract names its fields; each problem also as a sentence in the caller's language. */
    public record Preview(int producers, int products, boolean valid, List<Problem> problems) {
    }

    public record Problem(String sheet, int row, String column, String header, String messageKey, List<Object> arguments,
                          String message) {
    }

    @EJB
    ProducerWorkbooks workbooks;

    @EJB
    Users users;

    @Context
    HttpHeaders headers;

    @GET
    @Path("export")
    @Produces(Downloads.XLSX)
    public Response export(@QueryParam("q") String q, @QueryParam("commune") Long commune,
                           @QueryParam("type") ProducerType type, @QueryParam("status") ProducerStatus status) {
        byte[] workbook = workbooks.export(new ProducerFilter(q, commune, type, status));
        String day = LocalDate.now(Clocks.VIETNAM).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        return file(workbook, Texts.get(locale(), "registration_producers.exportFileName", day));
    }

    @GET
    @Path("template")
    @Produces(Downloads.XLSX)
    public Response template() {
        return file(workbooks.template(), Texts.get(locale(), "registration_import.templateFileName"));
    }

    @POST
    @Path("preview")
    @Consumes(Downloads.XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    public Preview preview(InputStream body) {
        ImportPreview preview = workbooks.preview(read(body));
        Locale locale = locale();
        return new Preview(preview.producers().size(), preview.products().size(), preview.valid(),
                preview.problems().stream().map(p -> problem(p, locale)).toList());
    }

    @POST
    @Path("import")
    @Consumes(Downloads.XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importAll(InputStream body) {
        return workbooks.importAll(read(body));
    }

    /** The body, read no further than one byte past the largest workbook taken (which the rules then refuse). */
    private static byte[] read(InputStream body) {
        try (body) {
            return body.readNBytes((int) ProducerImport.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem problem(ImportProblem p, Locale locale) {
        return new Problem(p.sheet(), p.row(), p.column(), p.header(), p.messageKey(), p.arguments(),
                Texts.get(locale, p.messageKey(), p.arguments().toArray()));
    }

    private Locale locale() {
        return ApiLanguage.of(headers, users);
    }

    private static Response file(byte[] content, String name) {
        return Response.ok(content, Downloads.XLSX).header("Content-Disposition", Downloads.contentDisposition(name)).build();
    }
}
