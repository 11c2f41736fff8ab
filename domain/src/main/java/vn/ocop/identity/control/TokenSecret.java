package vn.ocop.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a personal API token: {@value #PREFIX} and 32 random bytes (256 bits), shown once to its owner. Only
 * its SHA-256 is stored: with that much randomness a plain hash is enough (no salt, no slow hashing), so each API
 * call is checked in microseconds and never writes the account.
 */
public final class TokenSecret {

    public static final String PREFIX = "ocop_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the form of a token (it may still be unknown or revoked). */
    public static boolean looksLikeOne(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43
                && text.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the owner sees of a token later: its first characters, enough to tell two apart. */
    public static String prefixOf(String secret) {
        return secret.substring(0, PREFIX.length() + 6);
    }
}
