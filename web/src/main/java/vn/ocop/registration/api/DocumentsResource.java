package vn.ocop.registration.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.FileContent;
import vn.ocop.shared.web.Downloads;

/**
 * {@code GET /ocop/api/v1/documents/{id}}: an uploaded dossier document, byte for byte, and
 * {@code /thumbnail}: the small PNG of a photo. Scoped like the dossier itself.
 */
@Path("documents/{id}")
public class DocumentsResource {

    @EJB
    Dossiers dossiers;

    @GET
    public Response document(@PathParam("id") long id) {
        FileContent file = dossiers.content(id);
        return Downloads.inline(file.fileName(), file.mediaType(), file.bytes());
    }

    @GET
    @Path("thumbnail")
    public Response thumbnail(@PathParam("id") long id) {
        byte[] png = dossiers.thumbnail(id);
        if (png.length == 0) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(png, "image/png").header("Cache-Control", "private, max-age=86400").build();
    }
}
