package vn.motcua.admin.auth;

import vn.motcua.common.Hashing;

import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens for session and device cookies; only their SHA-256 is stored, so a database read gives no session. */
final class SessionTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionTokens() {
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashing.sha256Hex(token);
    }

    /** The shape of our tokens: anything else is not looked up at all. */
    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
