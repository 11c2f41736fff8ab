package vn.ocop.shared.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of some bytes as the portal stores and shows it (64 lower-case hex digits): the hash kept with an
 * uploaded file and with an issued PDF, and written in the audit entry of an imported file.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public static String hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
