package vn.ocop.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /ocop/api/v1}, behind the same users and roles as the pages; read-only
 * but for the Excel import of producers, which takes only an .xlsx body.
 * Lists answer {@code {"items": [...], "total": N}} and take {@code page} (from 0) and {@code size} ({@link Paging}).
 * Every refusal answers a 4xx with {@code {"error", "messageKey", "field", "message"}}, the message in the caller's
 * language ({@link ApiLanguage}); see {@link ApiErrors} and {@link JsonBodies}.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
