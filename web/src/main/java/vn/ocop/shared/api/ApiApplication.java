package vn.ocop.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The read-only JSON API under {@code /ocop/api/v1}, behind the same users and roles as the pages.
 * Lists answer {@code {"items": [...], "total": N}} and take {@code page} (from 0) and {@code size}.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
