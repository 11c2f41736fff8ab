package vn.ocop.statistics.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.certification.control.StarClass;
import vn.ocop.registration.web.ProductGroups;
import vn.ocop.shared.web.Downloads;
import vn.ocop.statistics.boundary.StatisticsView;
import vn.ocop.statistics.control.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /ocop/api/v1/statistics}: the statistics of a year ({@code year}) or a period ({@code from}, {@code to}, ISO
 * dates; neither: this year) as JSON, the report ({@code report.pdf}) and the workbook ({@code report.xlsx}). Bad
 * parameters answer 400 with the reason's key and its text in the caller's language. A commune officer gets their
 * commune.
 */
@Path("statistics")
public class StatisticsResource extends PeriodResource {

    /** The statistics as the API contract names their fields ({@code year} is null for a period). */
    @JsonbNillable
    public record Answer(Integer year, LocalDate from, LocalDate to, long products, List<Group> productsByGroup,
                         List<Commune> productsByCommune, Map<String, Long> productsByStars, List<ProducerType> producersByType,
                         Certificates certificates, Training training) {
    }

    /** A group of product sets: its name as the criteria set gives it (Vietnamese), in the caller's language, its count. */
    public record Group(String group, String label, long count) {
    }

    public record Commune(Long id, String code, String name, long count, Map<String, Long> byStars) {
    }

    public record ProducerType(String type, long active, long withProduct) {
    }

    public record Certificates(long issued, long valid, long expiring, long expired, long revoked, long superseded,
                               Inspected inspected) {
    }

    /** The inspections after recognition held in the period, by conclusion. */
    public record Inspected(long compliant, long toRemedy, long proposeRevocation) {
    }

    public record Training(long courses, long completed, List<Audience> byAudience) {
    }

    public record Audience(String audience, long courses, long completed, int required, int trained, BigDecimal percent) {
    }

    /** A refused request: as every API error, plus the reason in the caller's language. */
    public record Problem(String error, String messageKey, String field, String message) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response statistics(@QueryParam("year") String year, @QueryParam("from") String from, @QueryParam("to") String to) {
        Locale locale = locale();
        return answer(year, from, to, period -> Response.ok(of(statistics.of(period), locale), MediaType.APPLICATION_JSON_TYPE).build());
    }

    @GET
    @Path("report.pdf")
    public Response pdf(@QueryParam("year") String year, @QueryParam("from") String from, @QueryParam("to") String to) {
        return answer(year, from, to, period -> Downloads.inline(fileName(period, "pdf"), "application/pdf", statistics.pdf(period)));
    }

    @GET
    @Path("report.xlsx")
    public Response workbook(@QueryParam("year") String year, @QueryParam("from") String from, @QueryParam("to") String to) {
        return answer(year, from, to, period -> Downloads.attachment(fileName(period, "xlsx"), Downloads.XLSX,
                statistics.workbook(period)));
    }

    /** "thong-ke-ocop-2019.pdf", "thong-ke-ocop-2019-03-01-2019-06-30.xlsx". */
    static String fileName(Period period, String extension) {
        String span = period.year() != null ? period.year().toString() : period.from() + "-" + period.to();
        return "thống-kê-ocop-" + span + "." + extension;
    }

    static Answer of(StatisticsView view, Locale locale) {
        Period p = view.period();
        List<Audience> audiences = view.training().stream().map(t -> new Audience(t.audience().name(), t.courses(), t.completed(),
                t.required(), t.trained(), t.percent())).toList();
        StatisticsView.CertificateCounts c = view.certificates();
        return new Answer(p.year(), p.from(), p.to(), view.products(),
                view.productsByGroup().stream().map(g -> new Group(g.group(), ProductGroups.name(g.group(), locale), g.count())).toList(),
                view.productsByCommune().stream().map(x -> new Commune(x.id(), x.code(), x.name(), x.count(), stars(x.byStars())))
                        .toList(),
                stars(view.productsByStars()),
                view.producersByType().stream().map(t -> new ProducerType(t.type().name(), t.active(), t.withProduct())).toList(),
                new Certificates(c.issued(), c.valid(), c.expiring(), c.expired(), c.revoked(), c.superseded(),
                        new Inspected(c.inspected().compliant(), c.inspected().toRemedy(), c.inspected().proposeRevocation())),
                new Training(audiences.stream().mapToLong(Audience::courses).sum(),
                        audiences.stream().mapToLong(Audience::completed).sum(), audiences));
    }

    /** Class to count, the highest first, "unrated" last. */
    private static Map<String, Long> stars(Map<Integer, Long> byStars) {
        Map<String, Long> named = new LinkedHashMap<>();
        byStars.forEach((s, n) -> {
            if (s != StarClass.UNRATED) {
                named.put(s.toString(), n);
            }
        });
        named.put("unrated", byStars.getOrDefault(StarClass.UNRATED, 0L));
        return named;
    }
}
