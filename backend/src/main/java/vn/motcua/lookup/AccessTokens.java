package vn.motcua.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;
import vn.motcua.config.MotCuaConfig;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Signed access tokens for one dossier, the proof a QR code carries: {@code kid.mac}, where mac is a
 * truncated HMAC of the dossier code and its token generation. No personal data, no expiry (a receipt lives
 * as long as the dossier); bumping the generation revokes every token of that dossier; keys rotate by id.
 */
@ApplicationScoped
public class AccessTokens {
    private static final int MAC_BYTES = 16;
    private final Map<String, String> keys;
    private final String currentKeyId;

    public AccessTokens(MotCuaConfig config) {
        this.keys = Map.copyOf(config.accessToken().keys());
        this.currentKeyId = config.accessToken().currentKeyId();
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException("motcua.access-token.keys has no key with the current id '"
                    + currentKeyId + "'");
        }
    }

    public String issue(String code, int generation) {
        return currentKeyId + "." + mac(keys.get(currentKeyId), code, generation);
    }

    public boolean verify(String code, int generation, String token) {
        if (token == null || token.length() > 80) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String key = keys.get(token.substring(0, dot));
        return key != null && Hashing.constantTimeEquals(mac(key, code, generation), token.substring(dot + 1));
    }

    private static String mac(String key, String code, int generation) {
        byte[] full = Hashing.hmacSha256(key, "dossier-access|" + code + "|" + generation);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
    }
}
