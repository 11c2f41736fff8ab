package vn.ocop.shared.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.shared.boundary.Health;

import java.util.Map;

/** {@code GET /ocop/api/v1/health}: public, for IT's monitoring; says whether the database answers. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @EJB
    Health health;

    @GET
    public Map<String, Object> status() {
        return Map.of("status", "UP", "schemaVersion", health.schemaVersion());
    }
}
