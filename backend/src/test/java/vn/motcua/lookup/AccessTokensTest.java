package vn.motcua.lookup;

import org.junit.jupiter.api.Test;
import vn.motcua.config.MotCuaConfig;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokensTest {

    private static AccessTokens tokens(Map<String, String> keys, String current) {
        MotCuaConfig.AccessToken accessToken = (MotCuaConfig.AccessToken) Proxy.newProxyInstance(
                MotCuaConfig.class.getClassLoader(), new Class<?>[]{MotCuaConfig.AccessToken.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "keys" -> keys;
                    case "currentKeyId" -> current;
                    default -> throw new IllegalStateException(method.getName());
                });
        MotCuaConfig config = (MotCuaConfig) Proxy.newProxyInstance(MotCuaConfig.class.getClassLoader(),
                new Class<?>[]{MotCuaConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("accessToken")) {
                        return accessToken;
                    }
                    throw new IllegalStateException(method.getName());
                });
        return new AccessTokens(config);
    }

    @Test
    void tokensAreShortCarryNoPersonalDataAndVerifyOnlyForTheirDossier() {
        AccessTokens t = tokens(Map.of("k1", "a-long-enough-secret-for-tests-0001"), "k1");
        String token = t.issue("000.00.22.H12-261120-0007", 0);
        assertThat(token).startsWith("k1.").hasSize(25).doesNotContain("H12");
        assertThat(t.verify("000.00.22.H12-261120-0007", 0, token)).isTrue();
        assertThat(t.verify("000.00.22.H12-261120-0008", 0, token)).isFalse();
        assertThat(t.verify("000.00.22.H12-261120-0007", 1, token)).as("revoked by a new generation").isFalse();
        assertThat(t.verify("000.00.22.H12-261120-0007", 0, "k9." + token.substring(3))).isFalse();
        assertThat(t.verify("000.00.22.H12-261120-0007", 0, "garbage")).isFalse();
        assertThat(t.verify("000.00.22.H12-261120-0007", 0, null)).isFalse();
    }

    @Test
    void oldKeysKeepVerifyingAfterRotationUntilRetired() {
        String code = "000.00.22.H12-261120-0007";
        String printedLastYear = tokens(Map.of("k1", "a-long-enough-secret-for-tests-0001"), "k1").issue(code, 0);
        AccessTokens rotated = tokens(Map.of("k1", "a-long-enough-secret-for-tests-0001",
                "k2", "a-long-enough-secret-for-tests-0002"), "k2");
        assertThat(rotated.issue(code, 0)).startsWith("k2.");
        assertThat(rotated.verify(code, 0, printedLastYear)).isTrue();
        AccessTokens retired = tokens(Map.of("k2", "a-long-enough-secret-for-tests-0002"), "k2");
        assertThat(retired.verify(code, 0, printedLastYear)).isFalse();
    }

    @Test
    void theCurrentKeyMustExist() {
        assertThatThrownBy(() -> tokens(Map.of("k1", "x"), "k2")).isInstanceOf(IllegalStateException.class);
    }
}
