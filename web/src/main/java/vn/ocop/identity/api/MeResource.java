package vn.ocop.identity.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.boundary.Users;

/** {@code GET /ocop/api/v1/me}: the signed-in user. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The answer: who, their role and the unit they work for. */
    public record Me(String username, String name, String role, Unit unit) {
    }

    public record Unit(Long id, String code, String name) {
    }

    @EJB
    Users users;

    @GET
    public Me me() {
        Caller caller = users.me();
        return new Me(caller.username(), caller.name(), caller.role().name(),
                caller.unitId() == null ? null : new Unit(caller.unitId(), caller.unitCode(), caller.unitName()));
    }
}
