package vn.ocop.identity.api;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.identity.boundary.ApiTokens;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.boundary.IssuedToken;
import vn.ocop.identity.boundary.TokenView;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.web.PortalAuthentication;
import vn.ocop.shared.api.ListAnswer;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /ocop/api/v1/me}: the signed-in user. {@code /me/tokens}: their personal API tokens (list, create with
 * {"name", "write", "expiresOn"}, revoke with DELETE); managed from a signed-in session only, never with a token.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The answer: who, their role and the unit they work for. */
    public record Me(String username, String name, String role, Unit unit) {
    }

    public record Unit(Long id, String code, String name) {
    }

    /** A token to create. */
    public static class NewToken {
        public String name;
        public boolean write;
        public LocalDate expiresOn;
    }

    @EJB
    Users users;

    @EJB
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @GET
    public Me me() {
        Caller caller = users.me();
        return new Me(caller.username(), caller.name(), caller.role().name(),
                caller.unitId() == null ? null : new Unit(caller.unitId(), caller.unitCode(), caller.unitName()));
    }

    @GET
    @Path("tokens")
    public ListAnswer<TokenView> tokens() {
        List<TokenView> mine = signedInOnly().mine();
        return new ListAnswer<>(mine, mine.size());
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public IssuedToken create(NewToken token) {
        NewToken asked = token == null ? new NewToken() : token;
        return signedInOnly().create(asked.name, asked.write, asked.expiresOn);
    }

    @DELETE
    @Path("tokens/{id:[0-9]+}")
    public TokenView revoke(@PathParam("id") long id) {
        return signedInOnly().revoke(id);
    }

    private ApiTokens signedInOnly() {
        if (request.getAttribute(PortalAuthentication.BY_TOKEN) != null) {
            throw new ForbiddenException();
        }
        return tokens;
    }
}
