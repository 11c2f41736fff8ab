package vn.ocop.shared.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A refusal written before a request reaches the API (by the authentication or the request guard), in the API's form:
 * a stable code, the message key and the message in the caller's language (English when their Accept-Language puts it first, Vietnamese otherwise).
 */
public final class JsonRefusal {

    private JsonRefusal() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String error, String key) {
        String asked = request.getHeader("Accept-Language");
        Locale locale = asked != null && asked.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : UserSession.VIETNAMESE;
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", error).add("messageKey", key)
                    .add("message", Texts.get(locale, key)).build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
