package vn.motcua.zalo.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Zalo's webhook signature: {@code mac=} lowercase hex of plain SHA-256 (not HMAC) over
 * {@code id + rawBody + timestamp + oaSecretKey}, the body taken as the exact bytes received.
 */
public final class WebhookSignature {
    private static final String PREFIX = "mac=";

    private WebhookSignature() {
    }

    public static String compute(String id, byte[] rawBody, String timestamp, String oaSecretKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(id.getBytes(StandardCharsets.UTF_8));
            sha.update(rawBody);
            sha.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The header value Zalo sends for this body. */
    public static String header(String id, byte[] rawBody, String timestamp, String oaSecretKey) {
        return PREFIX + compute(id, rawBody, timestamp, oaSecretKey);
    }

    /** The hex digest of a header, or null when the header is missing or not of the {@code mac=<hex>} form. */
    public static String digestOf(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String hex = value.substring(PREFIX.length()).strip().toLowerCase(Locale.ROOT);
        return hex.matches("[0-9a-f]{64}") ? hex : null;
    }

    /** Constant-time comparison, so the digest cannot be guessed byte by byte from response times. */
    public static boolean matches(String expectedHex, String givenHex) {
        return givenHex != null && MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                givenHex.getBytes(StandardCharsets.US_ASCII));
    }
}
