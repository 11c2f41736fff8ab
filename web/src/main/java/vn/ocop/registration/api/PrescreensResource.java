package vn.ocop.registration.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.boundary.PrescreenedView;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.shared.api.Paging;
import vn.ocop.shared.boundary.Page;

/** {@code GET /ocop/api/v1/prescreens}: the communes' pre-screens, latest first (a commune officer: their commune's). */
@Path("prescreens")
@Produces(MediaType.APPLICATION_JSON)
public class PrescreensResource {

    @EJB
    Prescreens prescreens;

    @GET
    public ListAnswer<PrescreenedView> list(@QueryParam("outcome") PrescreenOutcome outcome,
                                            @QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Page<PrescreenedView> found = prescreens.prescreened(outcome, paging.offset(), paging.rows());
        return new ListAnswer<>(found.items(), found.total());
    }
}
