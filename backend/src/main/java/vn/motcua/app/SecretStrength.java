package vn.motcua.app;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a configured secret is strong enough to sign tokens or guard an API: at least 32 bytes, enough
 * different characters, no character dominating, and none of the values that ever stood in this repository.
 * A generated secret (32 random bytes) passes by a wide margin.
 */
public final class SecretStrength {
    static final int MIN_BYTES = 32;
    static final int MIN_DISTINCT = 10;
    /** Values, or parts of values, published in this repository's history: never a real secret. */
    private static final List<String> PUBLISHED = List.of("dev-only", "change-me", "changeme", "demo-key",
            "test-integration-key", "sandbox-oa-secret-key", "sandbox-app-secret", "example_oa_secret_key");

    private SecretStrength() {
    }

    /** Why the value is too weak, or empty when it is strong enough. */
    public static Optional<String> weakness(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("it is empty");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (PUBLISHED.stream().anyMatch(lower::contains)) {
            return Optional.of("it is a value published in the repository");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            return Optional.of("it is shorter than " + MIN_BYTES + " bytes");
        }
        Map<Integer, Integer> counts = new HashMap<>();
        value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int longest = counts.values().stream().max(Integer::compare).orElse(0);
        if (counts.size() < MIN_DISTINCT || longest * 4 > value.codePointCount(0, value.length())) {
            return Optional.of("it has too little variety (use a random value, e.g. openssl rand -base64 32)");
        }
        return Optional.empty();
    }
}
