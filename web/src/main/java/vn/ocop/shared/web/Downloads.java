package vn.ocop.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.Response;
import vn.ocop.shared.control.VietnameseText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file sent to the browser, from a page action (a non-ajax button, {@link #send}) instead of the page or as an API
 * answer ({@link #inline}, {@link #attachment}): its media type, and its Vietnamese name with an ASCII fallback for
 * clients that cannot read the encoded one; never cached, never sniffed by the API.
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** Answers the current request with the file; the page is not rendered. */
    public static void send(String fileName, String mediaType, byte[] content) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(mediaType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", contentDisposition(fileName));
        external.setResponseHeader("Cache-Control", "private, no-store");
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** An API answer shown in the browser where it can (PDF, images). */
    public static Response inline(String fileName, String mediaType, byte[] bytes) {
        return answer("inline", fileName, mediaType, bytes);
    }

    /** An API answer saved as a file: the bytes, or a {@code StreamingOutput} written as it is read. */
    public static Response attachment(String fileName, String mediaType, Object body) {
        return answer("attachment", fileName, mediaType, body);
    }

    private static Response answer(String kind, String fileName, String mediaType, Object body) {
        return Response.ok(body, mediaType).header("Content-Disposition", disposition(kind, fileName))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): {@code filename} in ASCII without
     * diacritics for old clients, {@code filename*} in UTF-8 (RFC 8187) as the user reads it.
     */
    public static String contentDisposition(String fileName) {
        return disposition("attachment", fileName);
    }

    /** The same for a file shown in the browser ({@code inline}) or saved ({@code attachment}). */
    public static String disposition(String kind, String fileName) {
        String name = VietnameseText.normalise(fileName);
        String encoded = URLEncoder.encode(name == null ? "" : name, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A");
        return kind + "; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded;
    }

    /** The name in lower-case ASCII: no diacritics (đ as d), a hyphen for anything else. */
    static String ascii(String fileName) {
        String ascii = VietnameseText.searchKey(fileName).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("-(?=\\.)|^-|-$", "");
        return ascii.isEmpty() || ascii.startsWith(".") ? "download" + ascii : ascii;
    }
}
