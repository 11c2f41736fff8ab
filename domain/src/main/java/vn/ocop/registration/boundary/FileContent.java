package vn.ocop.registration.boundary;

/** A stored file to send to the user: its name, media type and bytes. */
public record FileContent(String fileName, String mediaType, byte[] bytes) {
}
