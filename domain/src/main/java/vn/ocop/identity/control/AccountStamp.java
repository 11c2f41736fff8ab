package vn.ocop.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a signed-in session remembers of the account's rights: a digest of its role, its unit and its password hash.
 * A session whose stamp no longer matches the account (role or unit changed, password reset or changed) and a
 * session of a disabled account end at their next request.
 */
public final class AccountStamp {

    private AccountStamp() {
    }

    public static String of(String role, Long unitId, String passwordHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((role + "|" + (unitId == null ? "-" : unitId) + "|" + passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
