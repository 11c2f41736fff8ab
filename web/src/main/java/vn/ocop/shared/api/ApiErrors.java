package vn.ocop.shared.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure of an API call into a JSON answer with the right status, the reason's bundle key and the
 * reason in the caller's language ({@link ApiLanguage}); never a stack trace. A broken rule is 400 (404 for a record
 * not found), a forbidden call 403. A query parameter that is not of its type (a number, a date, a name of the list)
 * is 400 about that parameter, although JAX-RS would answer 404; a path parameter that is not of its type is 404, as
 * for an id that names no record, since a path names a resource (and the routes whose ids are declared numeric
 * already answer 404 for any other text). Anything unforeseen is logged and answered 500.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    /** How RESTEasy (WildFly) names the parameter it could not convert, e.g. {@code jakarta.ws.rs.QueryParam("page")}. */
    private static final Pattern PARAMETER = Pattern.compile("(Query|Path|Matrix|Header|Cookie|Form)Param\\(\"([^\"]*)\"\\)");

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Exception exception) {
        Refusal refusal = refusal(exception);
        if (refusal == null && exception instanceof WebApplicationException web) {
            refusal = web(web.getResponse().getStatus(), web);
        }
        if (refusal == null) {
            LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
            refusal = new Refusal(500, "internal", "error.unexpected", null);
        }
        Locale locale = ApiLanguage.of(headers, signedIn());
        return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorAnswer(refusal.error(),
                refusal.key(), refusal.field(), Texts.get(locale, refusal.key(), refusal.arguments()), problems(exception, locale)))
                .build();
    }

    /** Every rule a body broke, each on its field, when it broke more than one; null otherwise (left out of the answer). */
    private static List<ErrorAnswer.Problem> problems(Throwable exception, Locale locale) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth++ < 20; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                List<BusinessException> all = business.problems();
                return all.size() < 2 ? null : all.stream().map(p -> new ErrorAnswer.Problem(p.field(), p.messageKey(),
                        Texts.get(locale, p.messageKey(), p.arguments()))).toList();
            }
        }
        return null;
    }

    /** What an API call is answered: status, code, bundle key, field and the key's arguments. */
    record Refusal(int status, String error, String key, String field, Object... arguments) {
    }

    /** A broken rule or a forbidden call, wherever it sits in the chain of causes; null for anything else. */
    static Refusal refusal(Throwable exception) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth++ < 20; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return new Refusal(403, "forbidden", "error.forbidden", null);
            }
            if (t instanceof BusinessException business) {
                int status = "error.notFound".equals(business.messageKey()) ? 404 : 400;
                return new Refusal(status, status == 404 ? "notFound" : "invalid", business.messageKey(), business.field(),
                        business.arguments());
            }
        }
        return null;
    }

    /** An HTTP error the server raised (no route, wrong method or media type, a parameter it could not convert). */
    static Refusal web(int status, RuntimeException web) {
        Parameter parameter = status == 404 || status == 400 ? Parameter.of(web) : null;
        if (parameter != null && !"Path".equals(parameter.kind())) {
            return new Refusal(400, "invalid", "error.param", parameter.name(), parameter.name());
        }
        return switch (status) {
            case 404 -> new Refusal(404, "http.404", "error.notFound", parameter == null ? null : parameter.name());
            case 403 -> new Refusal(403, "http.403", "error.forbidden", null);
            default -> new Refusal(status, "http." + status, "error.http", null, status);
        };
    }

    /** A parameter the server could not convert to its declared type: its kind (Query, Path, ...) and name. */
    record Parameter(String kind, String name) {

        static Parameter of(RuntimeException web) {
            if (web.getCause() == null) {
                return null;
            }
            Parameter jersey = jersey(web);
            if (jersey != null) {
                return jersey;
            }
            Matcher named = PARAMETER.matcher(String.valueOf(web.getMessage()));
            return named.find() ? new Parameter(named.group(1), named.group(2)) : null;
        }

        /** Jersey (Payara) throws its {@code ParamException}, which names the parameter's annotation and name. */
        private static Parameter jersey(RuntimeException web) {
            try {
                Method type = web.getClass().getMethod("getParameterType");
                Method name = web.getClass().getMethod("getParameterName");
                Class<?> annotation = (Class<?>) type.invoke(web);
                return new Parameter(annotation.getSimpleName().replace("Param", ""), (String) name.invoke(web));
            } catch (ReflectiveOperationException | RuntimeException notJersey) {
                return null;
            }
        }
    }

    private boolean signedIn() {
        try {
            return security != null && security.getUserPrincipal() != null;
        } catch (RuntimeException noRequest) {
            return false;
        }
    }

    /** The answer to one look-up too many of a public record: 429 with Retry-After and the reason in the caller's language. */
    public static Response tooManyLookups(long retryAfterSeconds, HttpHeaders headers) {
        return Response.status(429).header("Retry-After", Long.toString(retryAfterSeconds)).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorAnswer("tooManyRequests", "verify.tooMany", null,
                        vn.ocop.shared.web.Texts.get(ApiLanguage.of(headers, null), "verify.tooMany"))).build();
    }
}
