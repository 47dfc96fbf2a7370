package vn.motcua.intake;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;
import vn.motcua.config.MotCuaConfig;

/**
 * Id numbers (CCCD, tax codes) are kept only as a keyed hash: enough to check a citizen's proof, useless
 * to anyone who reads the database without the key.
 */
@ApplicationScoped
public class IdNumberHasher {
    private final String secret;

    public IdNumberHasher(MotCuaConfig config) {
        this.secret = config.accessToken().idHashSecret();
    }

    /** Null for a missing id number; spaces and case do not matter. */
    public String hash(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        return Hashing.hmacSha256Hex(secret, idNumber.replaceAll("\\s+", "").toUpperCase());
    }
}
