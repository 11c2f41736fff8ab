package vn.ocop.shared.api;

import jakarta.ws.rs.core.Response;

/** Files answered by the API: the media type, the Vietnamese file name (see the web {@code Downloads}), no sniffing. */
public final class Downloads {

    private Downloads() {
    }

    /** Shown in the browser where it can (PDF, images). */
    public static Response inline(String fileName, String mediaType, byte[] bytes) {
        return answer("inline", fileName, mediaType, bytes);
    }

    /** Saved as a file. */
    public static Response attachment(String fileName, String mediaType, byte[] bytes) {
        return answer("attachment", fileName, mediaType, bytes);
    }

    private static Response answer(String kind, String fileName, String mediaType, byte[] bytes) {
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", vn.ocop.shared.web.Downloads.disposition(kind, fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }
}
