package vn.motcua.zalo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the link to Zalo is configured with (names kept stable: operators set them as ZALO_*). In sandbox
 * mode nothing is required and {@link ZaloSettings} fills in demo credentials.
 */
@ConfigMapping(prefix = "zalo")
public interface ZaloConfig {

    @WithDefault("sandbox")
    Mode mode();

    @WithName("app-id")
    Optional<String> appId();

    @WithName("oa-id")
    Optional<String> oaId();

    /** The OA Secret Key of the app's webhook page (signs webhook events); not the App Secret. */
    @WithName("oa-secret-key")
    Optional<String> oaSecretKey();

    /** The App Secret used for OAuth and graph calls. */
    @WithName("app-secret")
    Optional<String> appSecret();

    @WithName("mini-app-id")
    Optional<String> miniAppId();

    /** Used once, while the database holds no token pair. */
    @WithName("initial-refresh-token")
    Optional<String> initialRefreshToken();

    @WithName("openapi-url")
    @WithDefault("https://openapi.zalo.me")
    String openapiUrl();

    @WithName("business-url")
    @WithDefault("https://business.openapi.zalo.me")
    String businessUrl();

    @WithName("oauth-url")
    @WithDefault("https://oauth.zaloapp.com")
    String oauthUrl();

    @WithName("graph-url")
    @WithDefault("https://graph.zalo.me")
    String graphUrl();

    /**
     * Hosts photos may be downloaded from: {@code *.zdn.vn} style patterns (https only), or an exact origin
     * such as {@code http://127.0.0.1:8089} to allow one plain-http host (tests, a local demo).
     */
    @WithName("attachment-hosts")
    @WithDefault("*.zdn.vn,*.zadn.vn,*.zalo.me,*.zaloapp.com")
    List<String> attachmentHosts();

    @WithName("attachment-max-bytes")
    @WithDefault("10485760")
    int attachmentMaxBytes();

    @WithName("attachment-timeout")
    @WithDefault("PT5S")
    Duration attachmentTimeout();

    /** Which id starts the signed string: Zalo's documented app id, the OA id some integrators report, or either. */
    @WithName("signature-order")
    @WithDefault("app-id-first")
    SignatureOrder signatureOrder();

    /** Largest webhook body accepted; real events are a few kilobytes. */
    @WithName("webhook-max-bytes")
    @WithDefault("65536")
    int webhookMaxBytes();

    /**
     * Signed events older than this are acknowledged and ignored: a replayed capture, or a redelivery so late
     * that its answer would make no sense. Zalo's reported redeliveries end after about 12 hours.
     */
    @WithName("webhook-max-event-age")
    @WithDefault("PT24H")
    Duration webhookMaxEventAge();

    /** Signed events dated further ahead than this (a broken clock, a forged timestamp) are ignored too. */
    @WithName("webhook-max-clock-skew")
    @WithDefault("PT10M")
    Duration webhookMaxClockSkew();

    /** Code Zalo gives for domain verification (meta tag on / and /zalo_verifier{code}.html). */
    @WithName("domain-verification-code")
    Optional<String> domainVerificationCode();

    /** Hotline shown in the bot's menu (an oa.open.phone button). */
    Optional<String> hotline();

    /** After this long without a message from the citizen, a conversation handed to an officer returns to the bot. */
    @WithName("human-handoff-timeout")
    @WithDefault("PT24H")
    Duration humanHandoffTimeout();

    /**
     * Image shown in the request_user_info consent message (Zalo shows a banner, and treats it as required);
     * without one, the banner this application serves at /zalo-consent.png.
     */
    @WithName("consent-image-url")
    Optional<String> consentImageUrl();

    @WithName("send-timeout")
    @WithDefault("PT5S")
    Duration sendTimeout();

    /** How often inbox events that never reached the bot (full channel, crashed instance) are handed over again. */
    @WithName("inbox-sweep-every")
    @WithDefault("15s")
    String inboxSweepEvery();

    /** Webhook events the bot handles at once (one user's events always in order). */
    @WithName("inbox-concurrency")
    @WithDefault("8")
    int inboxConcurrency();

    enum Mode {
        SANDBOX, LIVE
    }

    enum SignatureOrder {
        APP_ID_FIRST, OA_ID_FIRST, EITHER
    }

    /** Calls to Zalo per minute, shared by the bot and every notification sender of this instance. */
    @WithDefault("4000")
    int rateLimitPerMinute();

    /** Consecutive unavailable answers (5xx, timeouts) that open the circuit; it stays open for the pause. */
    @WithDefault("10")
    int circuitFailures();

    @WithDefault("PT30S")
    Duration circuitPause();

    /**
     * How long after the citizen's last interaction a bot reply that could not be sent is still tried: Zalo takes
     * consultation messages for 7 days (free for 48 hours, billed after). Set PT48H to never pay for a late reply.
     */
    @WithName("reply-window")
    @WithDefault("P7D")
    Duration replyWindow();

    /**
     * After the token endpoint refused the refresh token (the OA is disconnected), it is offered again at most this
     * often, in case the refusal was Zalo's passing trouble; an administrator's new connection ends it at once.
     */
    @WithName("disconnected-retry-every")
    @WithDefault("PT30M")
    Duration disconnectedRetryEvery();

    /**
     * {@code development}: template messages carry {@code "mode":"development"} and Zalo delivers them only to the
     * Zalo App's administrators, for a province's pilot before templates reach citizens; {@code production} otherwise.
     */
    @WithName("template-mode")
    @WithDefault("production")
    TemplateMode templateMode();

    enum TemplateMode {
        PRODUCTION, DEVELOPMENT
    }
}
