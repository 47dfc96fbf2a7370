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

    /** Load the Bình Thuận demo data set on start (default true only when the embedded database runs). */
    @WithName("demo-data")
    Optional<Boolean> demoData();

    /** How many synthetic dossiers the demo adds besides the memorable ones. */
    @WithName("demo-dossiers")
    @WithDefault("300")
    int demoDossiers();

    /** Public base URL of the province's site, used in links and QR codes. */
    @WithName("public-base-url")
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Production checks on (set in the production profile): no embedded database, no development secrets. */
    @WithDefault("false")
    boolean strict();

    Cors cors();

    Integration integration();

    Lookup lookup();

    AccessToken accessToken();

    Http http();

    Embedded embedded();

    Admin admin();

    /** Notifications to citizens: pacing, channels, prices, template mapping (see NotificationSettings). */
    vn.motcua.notification.NotificationSettings notifications();

    Citizen citizen();

    Announcements announcements();

    interface Announcements {
        /** How often queued announcement pushes are sent (the sender also drains the queue in one go). */
        @WithName("push-every")
        @WithDefault("5s")
        String pushEvery();
    }

    /** Citizens signed in from the Mini App (with their Zalo account). */
    interface Citizen {
        /** How long our session token lives; the Mini App signs in again with a fresh Zalo token after. */
        @WithName("session-ttl")
        @WithDefault("PT12H")
        Duration sessionTtl();

        /** How long a Zalo user token verified with graph.zalo.me is trusted without asking Zalo again. */
        @WithName("zalo-token-cache-ttl")
        @WithDefault("PT10M")
        Duration zaloTokenCacheTtl();

        /** Most verified Zalo tokens remembered at once (per instance). */
        @WithName("zalo-token-cache-size")
        @WithDefault("10000")
        int zaloTokenCacheSize();
    }

    interface Admin {
        /** The first administrator, created when no officer exists. */
        @WithName("bootstrap-username")
        Optional<String> bootstrapUsername();

        @WithName("bootstrap-password")
        Optional<String> bootstrapPassword();

        /** The agency of the first administrator (normally the province). */
        @WithName("bootstrap-agency-code")
        @WithDefault("000.00.00.H36")
        String bootstrapAgencyCode();

        @WithName("max-failed-logins")
        @WithDefault("5")
        int maxFailedLogins();

        @WithDefault("PT15M")
        Duration lockout();
    }

    interface Cors {
        /** Local development origins allowed besides Zalo's Mini App origins. */
        @WithName("local-origins")
        String localOrigins();
    }

    interface Integration {
        /** One API key accepted from configuration, for the first set-up and for tests. */
        @WithName("bootstrap-key")
        Optional<String> bootstrapKey();

        @WithName("bootstrap-source")
        @WithDefault("bootstrap")
        String bootstrapSource();

        /**
         * How long an instance trusts its memory of an API key. A key revoked in the admin stops at once on the
         * instance that revoked it; other instances notice within this time.
         */
        @WithName("api-key-cache-ttl")
        @WithDefault("PT10S")
        Duration apiKeyCacheTtl();

        /** Source system recorded for records that arrive on the dossier-updates queue. */
        @WithName("queue-source")
        @WithDefault("queue")
        String queueSource();

        @WithName("max-batch")
        @WithDefault("500")
        int maxBatch();

        /** Largest accepted intake body in bytes. */
        @WithName("max-body-bytes")
        @WithDefault("5242880")
        int maxBodyBytes();
    }

    interface Lookup {
        @WithName("rate-limit.enabled")
        @WithDefault("true")
        boolean rateLimitEnabled();

        @WithName("rate-limit.per-minute")
        @WithDefault("60")
        int rateLimitPerMinute();

        /** Failed access proofs allowed per dossier code within the window. */
        @WithName("access.max-failures-per-dossier")
        @WithDefault("5")
        int accessMaxFailuresPerDossier();

        @WithName("access.max-attempts-per-client")
        @WithDefault("10")
        int accessMaxAttemptsPerClient();

        @WithName("access.window")
        @WithDefault("PT1H")
        Duration accessWindow();
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
        /** Proxies whose X-Forwarded-For is believed (exact IPs). */
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
