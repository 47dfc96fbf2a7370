package vn.motcua.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed configuration of the product; names are relied on by operators' scripts. */
@ConfigMapping(prefix = "motcua")
public interface MotCuaConfig {

    /** Public base URL of the province's site, used in links and QR codes. */
    @WithName("public-base-url")
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Production checks on (set in the production profile): no embedded database, no development secrets. */
    @WithDefault("false")
    boolean strict();

    Cors cors();

    AccessToken accessToken();

    Http http();

    Embedded embedded();

    Sandbox sandbox();

    /** The Zalo sandbox (chat simulator, recorded messages, sandbox sign-in): see {@link RunMode}. */
    interface Sandbox {
        /** MOTCUA_SANDBOX_ENABLED=true allows the sandbox on a real database (a pilot); never in production. */
        Optional<Boolean> enabled();

        /** The sandbox's own OA secret key (signs simulated webhook events); generated per installation. */
        @WithName("oa-secret-key")
        Optional<String> oaSecretKey();

        /** The sandbox's own App Secret; generated per installation. */
        @WithName("app-secret")
        Optional<String> appSecret();
    }

    interface Cors {
        /** Local development origins allowed besides Zalo's Mini App origins. */
        @WithName("local-origins")
        String localOrigins();
    }

    interface AccessToken {
        /** Signing keys by key id; old ids keep verifying until removed. */
        Map<String, String> keys();

        /** Key id used to sign new tokens. */
        @WithName("current-key-id")
        @WithDefault("k1")
        String currentKeyId();

        /** Secret of the keyed hash that stores id numbers. */
        @WithName("id-hash-secret")
        String idHashSecret();
    }

    interface Http {
        /** Proxies whose X-Forwarded-For is believed: IP addresses or CIDR ranges. */
        @WithName("trusted-proxies")
        Optional<List<String>> trustedProxies();
    }

    interface Embedded {
        /** Data folder of the embedded PostgreSQL, kept between runs. */
        @WithName("data-dir")
        @WithDefault("data/postgres")
        Path dataDir();
    }
}
