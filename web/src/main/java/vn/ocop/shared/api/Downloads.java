package vn.ocop.shared.api;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Files sent to the browser: the right media type and a Vietnamese file name that every browser keeps. */
public final class Downloads {

    private Downloads() {
    }

    /** Shown in the browser where it can (PDF, images). */
    public static Response inline(String fileName, String mediaType, byte[] bytes) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", disposition("inline", fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Saved as a file. */
    public static Response attachment(String fileName, String mediaType, byte[] bytes) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", disposition("attachment", fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /**
     * A Content-Disposition value with an ASCII fallback name (diacritics dropped, "đ" as "d") and
     * the real name in UTF-8 (RFC 6266 / RFC 5987).
     */
    public static String disposition(String kind, String fileName) {
        return kind + "; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String ascii(String fileName) {
        String plain = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
