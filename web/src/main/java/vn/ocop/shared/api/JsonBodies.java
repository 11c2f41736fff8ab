package vn.ocop.shared.api;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import vn.ocop.shared.control.BusinessException;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every JSON body the API reads: one that is not JSON, or holds a value of the wrong type, a date that does not
 * exist or a name outside its list, or is missing (no body, or {@code null}), is refused with 400 and a reason, before the
 * resource runs (so nothing is stored). Only reading is covered: a failure while writing an answer stays a 500.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType())) {
            return context.proceed();
        }
        PushbackInputStream input = new PushbackInputStream(context.getInputStream(), 1);
        int first = input.read();
        if (first < 0) {
            throw new BusinessException("error.body.required");
        }
        input.unread(first);
        context.setInputStream(input);
        Object body;
        try {
            body = context.proceed();
        } catch (BusinessException e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 400) {
                throw refusal(e);
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
        if (body == null) {
            throw new BusinessException("error.body.required");
        }
        return body;
    }

    /**
     * The body a resource needs, refused when missing: a server may skip reading (and this interceptor) when the
     * request has no body at all.
     */
    public static <T> T required(T body) {
        if (body == null) {
            throw new BusinessException("error.body.required");
        }
        return body;
    }

    /** A number named as a JSON key (a criterion's id in a sheet's choices); 400 about {@code field} when not one. */
    public static long number(String key, String field) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw BusinessException.onField(field, "error.body.value");
        }
    }

    /** A name of an enumeration in a body; 400 about {@code field} when it names none. */
    public static <E extends Enum<E>> E named(Class<E> type, String value, String field) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField(field, "error.body.value");
        }
    }

    private static boolean json(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    /**
     * Not JSON at all (a syntax error), or JSON with a value that cannot be read; about the property the JSON-B
     * implementation names in its message, when it names one.
     */
    static BusinessException refusal(Throwable failure) {
        String field = null;
        String key = "error.body.malformed";
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 20; t = t.getCause()) {
            if (field == null && t.getMessage() != null) {
                Matcher property = PROPERTY.matcher(t.getMessage());
                field = property.find() ? property.group(1) : null;
            }
            if (t instanceof JsonParsingException) {
                return BusinessException.onField(field, "error.body.malformed");
            }
            if (t instanceof DateTimeException || t instanceof IllegalArgumentException) {
                key = "error.body.value";
            }
        }
        return BusinessException.onField(field, key);
    }

    private static final Pattern PROPERTY = Pattern.compile("property '?\"?([A-Za-z_][A-Za-z0-9_]*)");
}
