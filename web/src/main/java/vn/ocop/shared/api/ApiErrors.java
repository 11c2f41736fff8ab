package vn.ocop.shared.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.ocop.shared.control.BusinessException;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of an API call into a JSON answer with the right status; never a stack trace. */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException web) {
            return answer(web.getResponse().getStatus(), "http." + web.getResponse().getStatus(), null, null);
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return answer(403, "forbidden", "error.forbidden", null);
            }
            if (t instanceof BusinessException business) {
                int status = "error.notFound".equals(business.messageKey()) ? 404 : 400;
                return answer(status, status == 404 ? "notFound" : "invalid", business.messageKey(), business.field());
            }
            if (!(t instanceof EJBException) && t.getCause() == null) {
                break;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
        return answer(500, "internal", "error.unexpected", null);
    }

    private static Response answer(int status, String error, String key, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorAnswer(error, key, field)).build();
    }
}
