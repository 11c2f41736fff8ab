package vn.ocop.statistics.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.ocop.shared.web.Downloads;
import vn.ocop.statistics.boundary.ExportedCertificate;
import vn.ocop.statistics.boundary.ExportedProduct;
import vn.ocop.statistics.control.Csv;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /ocop/api/v1/exports}: every product and every certificate in the caller's scope, one row each, for the
 * province's and the national systems: {@code products.csv}, {@code products.json}, {@code certificates.csv},
 * {@code certificates.json} ({@code ?year=}: the certificates whose decision was signed that year). The columns are
 * those of {@link ExportedProduct#COLUMNS} and {@link ExportedCertificate#COLUMNS} (see the README). CSV: RFC 4180,
 * UTF-8, header row; JSON: an array of objects; dates ISO (yyyy-MM-dd). Written to the response as they are read.
 */
@Path("exports")
public class ExportsResource extends PeriodResource {

    public static final String CSV = "text/csv; charset=UTF-8";

    @GET
    @Path("products.csv")
    public Response productsCsv() {
        List<ExportedProduct> rows = statistics.products();
        return Downloads.attachment("ocop-products.csv", CSV, csv(ExportedProduct.COLUMNS, rows, ExportedProduct::values));
    }

    @GET
    @Path("products.json")
    public Response productsJson() {
        List<ExportedProduct> rows = statistics.products();
        return Downloads.attachment("ocop-products.json", MediaType.APPLICATION_JSON, json(ExportedProduct.COLUMNS, rows, ExportedProduct::values));
    }

    @GET
    @Path("certificates.csv")
    public Response certificatesCsv(@QueryParam("year") String year) {
        return certificates(year, "csv", CSV, rows -> csv(ExportedCertificate.COLUMNS, rows, ExportedCertificate::values));
    }

    @GET
    @Path("certificates.json")
    public Response certificatesJson(@QueryParam("year") String year) {
        return certificates(year, "json", MediaType.APPLICATION_JSON,
                rows -> json(ExportedCertificate.COLUMNS, rows, ExportedCertificate::values));
    }

    /** The certificates of a year (checked as the statistics check it: 400 when malformed or out of range), or all. */
    private Response certificates(String year, String extension, String mediaType,
                                  Function<List<ExportedCertificate>, StreamingOutput> body) {
        if (year == null || year.isBlank()) {
            return certificatesOf(null, extension, mediaType, body);
        }
        return answer(year, null, null, period -> certificatesOf(period.year(), extension, mediaType, body));
    }

    private Response certificatesOf(Integer year, String extension, String mediaType,
                                    Function<List<ExportedCertificate>, StreamingOutput> body) {
        return Downloads.attachment(name("ocop-certificates", year, extension), mediaType, body.apply(statistics.certificates(year)));
    }

    private static String name(String base, Integer year, String extension) {
        return base + (year == null ? "" : "-" + year) + "." + extension;
    }

    static <T> StreamingOutput csv(List<String> columns, List<T> rows, Function<T, List<Object>> values) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            Csv.record(writer, columns);
            for (T row : rows) {
                Csv.record(writer, values.apply(row));
            }
            writer.flush();
        };
    }

    static <T> StreamingOutput json(List<String> columns, List<T> rows, Function<T, List<Object>> values) {
        return out -> {
            JsonGenerator json = Json.createGenerator(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
            json.writeStartArray();
            for (T row : rows) {
                json.writeStartObject();
                List<Object> cells = values.apply(row);
                for (int i = 0; i < columns.size(); i++) {
                    write(json, columns.get(i), cells.get(i));
                }
                json.writeEnd();
            }
            json.writeEnd();
            json.flush();
        };
    }

    /** Numbers as numbers, nothing as null, the rest (dates: ISO) as text. */
    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Long n) {
            json.write(name, n);
        } else if (value instanceof Integer n) {
            json.write(name, n);
        } else {
            json.write(name, value.toString());
        }
    }
}
