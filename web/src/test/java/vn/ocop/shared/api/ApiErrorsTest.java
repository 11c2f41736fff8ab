package vn.ocop.shared.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

import java.lang.annotation.Annotation;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the API answers what it refuses: status, key, field, and the key's text in both languages. */
class ApiErrorsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** What RESTEasy (WildFly) throws for a parameter it cannot convert: a 404 naming it in its message. */
    private static RuntimeException resteasy(String annotation, String name) {
        return new RuntimeException("RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs." + annotation
                + "(\"" + name + "\") value is 'abc' for public ...", new NumberFormatException("For input string: \"abc\""));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA400AboutIt() {
        for (RuntimeException e : new RuntimeException[]{resteasy("QueryParam", "commune"), new JerseyLike(QueryParam.class, "commune")}) {
            ApiErrors.Refusal refusal = ApiErrors.web(404, e);
            assertEquals(400, refusal.status(), e.toString());
            assertEquals("error.param", refusal.key());
            assertEquals("commune", refusal.field());
            assertEquals("Tham số \"commune\" có giá trị không hợp lệ.", Texts.get(VI, refusal.key(), refusal.arguments()));
            assertEquals("The parameter \"commune\" has an invalid value.", Texts.get(Locale.ENGLISH, refusal.key(), refusal.arguments()));
        }
    }

    @Test
    void aPathParameterOfTheWrongTypeIsA404AsAnUnknownId() {
        for (RuntimeException e : new RuntimeException[]{resteasy("PathParam", "id"), new JerseyLike(PathParam.class, "id")}) {
            ApiErrors.Refusal refusal = ApiErrors.web(404, e);
            assertEquals(404, refusal.status());
            assertEquals("error.notFound", refusal.key());
        }
        ApiErrors.Refusal noRoute = ApiErrors.web(404, new RuntimeException("HTTP 404 Not Found"));
        assertEquals("error.notFound", noRoute.key());
        assertNull(noRoute.field());
    }

    @Test
    void otherHttpStatusesAreToldWithTheirCode() {
        ApiErrors.Refusal method = ApiErrors.web(405, new RuntimeException("HTTP 405"));
        assertEquals("http.405", method.error());
        assertEquals("Không thể phục vụ yêu cầu này (mã 405).", Texts.get(VI, method.key(), method.arguments()));
    }

    @Test
    void brokenRulesAreFoundWhereverTheServerWrappedThem() {
        ApiErrors.Refusal page = ApiErrors.refusal(BusinessException.onField("page", "error.page", 42_949_671));
        assertEquals(400, page.status());
        assertEquals("page", page.field());
        assertEquals("Số trang phải từ 0 đến 42.949.671.", Texts.get(VI, page.key(), page.arguments()));
        assertEquals("The page number must be between 0 and 42,949,671.", Texts.get(Locale.ENGLISH, page.key(), page.arguments()));
        ApiErrors.Refusal wrapped = ApiErrors.refusal(new RuntimeException("reading", new BusinessException("error.body.required")));
        assertEquals(400, wrapped.status(), "a refusal wrapped by the server while reading the body");
        assertEquals(404, ApiErrors.refusal(new BusinessException("error.notFound")).status());
        assertNull(ApiErrors.refusal(new IllegalStateException("a bug")), "anything else stays a 500");
    }

    @Test
    void bodiesThatCannotBeReadAreTold() {
        JsonParsingException syntax = new JsonParsingException("Unexpected char 125", (JsonLocation) null);
        assertEquals("error.body.malformed", JsonBodies.refusal(new RuntimeException("JSON-B", new JsonbException("x", syntax)))
                .messageKey());
        BusinessException date = JsonBodies.refusal(new JsonbException("Unable to deserialize property 'signedOn' because of: "
                + "Error parsing class java.time.LocalDate from value: 2026-02-30",
                new DateTimeParseException("Invalid date 'FEBRUARY 30'", "2026-02-30", 0)));
        assertEquals("error.body.value", date.messageKey());
        assertEquals("signedOn", date.field());
        assertEquals("error.body.value", JsonBodies.refusal(new JsonbException("Unable to deserialize",
                new IllegalArgumentException("No enum constant vn.ocop.certification.entity.SigningMode.SOMETIMES"))).messageKey());
        assertEquals(Level.LOW, JsonBodies.named(Level.class, "LOW", "level"));
        assertEquals("error.body.value", key(() -> JsonBodies.named(Level.class, "NONE", "level")));
        assertEquals("error.body.required", key(() -> JsonBodies.required(null)));
        assertEquals("error.body.value", key(() -> JsonBodies.number("một", "choices")));
        assertEquals(12L, JsonBodies.number("12", "choices"));
    }

    @Test
    void everyKeyOfTheApiHasItsTextInBothLanguages() {
        for (String key : new String[]{"error.page", "error.param", "error.body.malformed", "error.body.value", "error.body.required",
                "error.http", "error.notFound", "error.forbidden", "error.unexpected"}) {
            String vi = Texts.get(VI, key, "x");
            String en = Texts.get(Locale.ENGLISH, key, "x");
            assertTrue(!vi.startsWith("???") && !en.startsWith("???") && !vi.equals(en), key + ": " + vi + " / " + en);
        }
    }

    private enum Level { LOW }

    private static String key(Executable work) {
        return assertThrows(BusinessException.class, work).messageKey();
    }

    /** Shaped as Jersey's {@code ParamException}: a cause, the parameter's annotation and name. */
    public static class JerseyLike extends RuntimeException {

        private final Class<? extends Annotation> type;
        private final String name;

        JerseyLike(Class<? extends Annotation> type, String name) {
            super(new IllegalArgumentException("No enum constant"));
            this.type = type;
            this.name = name;
        }

        public Class<? extends Annotation> getParameterType() {
            return type;
        }

        public String getParameterName() {
            return name;
        }
    }
}
