package vn.ocop.registration.boundary;

/** A document of a support to send to the user: its name, media type and bytes. */
public record SupportFile(String fileName, String mediaType, byte[] bytes) {
}
