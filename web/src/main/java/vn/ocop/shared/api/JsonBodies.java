package vn.ocop.shared.api;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import vn.ocop.shared.control.BusinessException;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every JSON body the API reads: one that is not JSON, or holds a value of the wrong type, a date that does not
 * exist or a name outside its list, or is missing (no body, or {@code null}), is larger than {@value #MAX_BYTES} bytes or
 * nests deeper than {@value #MAX_DEPTH} levels, is refused with 400 and a reason, before the resource runs (so nothing
 * is stored). Only reading is covered: a failure while writing an answer stays a 500.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    /** The largest JSON body read (the API's bodies are a few kilobytes; a dossier's files travel apart). */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The deepest nesting of arrays and objects read (the API's bodies nest three or four levels). */
    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType())) {
            return context.proceed();
        }
        byte[] read = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (read.length == 0) {
            throw new BusinessException("error.body.required");
        }
        if (read.length > MAX_BYTES) {
            throw new BusinessException("error.body.tooLarge", MAX_BYTES / 1024);
        }
        if (depth(read) > MAX_DEPTH) {
            throw new BusinessException("error.body.malformed");
        }
        context.setInputStream(new ByteArrayInputStream(read));
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
        } catch (IOException | RuntimeException | StackOverflowError e) {
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

    /** How deep arrays and objects nest in the bytes of a JSON text (brackets inside strings do not count). */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
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
