package vn.ocop.registration.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.boundary.ProducerFilter;
import vn.ocop.registration.boundary.ProducerView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.shared.api.Paging;
import vn.ocop.shared.boundary.Page;

/**
 * {@code GET /ocop/api/v1/producers}: producers in the caller's scope (a commune officer sees their
 * commune's), filtered by {@code q} (ignores diacritics and case), {@code commune} (unit id) and
 * {@code type}, paged by {@code page} and {@code size}.
 */
@Path("producers")
@Produces(MediaType.APPLICATION_JSON)
public class ProducersResource {

    /** One producer as the API contract names its fields. */
    public record Producer(Long id, String name, String type, String taxCode, Commune commune, String status) {
    }

    public record Commune(Long id, String code, String name) {
    }

    @EJB
    Producers producerRegistrations;

    @GET
    public ListAnswer<Producer> producers(@QueryParam("q") String q, @QueryParam("commune") Long commune,
                                          @QueryParam("type") ProducerType type,
                                          @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Page<ProducerView> found = producerRegistrations.producers(new ProducerFilter(q, commune, type, null),
                paging.offset(), paging.rows());
        return new ListAnswer<>(found.items().stream().map(ProducersResource::of).toList(), found.total());
    }

    private static Producer of(ProducerView p) {
        return new Producer(p.id(), p.name(), p.type().name(), p.taxCode(),
                new Commune(p.communeId(), p.communeCode(), p.communeName()), p.status().name());
    }
}
