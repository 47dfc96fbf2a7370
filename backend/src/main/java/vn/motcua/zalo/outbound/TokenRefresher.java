package vn.motcua.zalo.outbound;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.common.BaseUrls;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.alarm.ZaloAlarm;
import vn.motcua.zalo.alarm.ZaloAlarms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Refreshes the OA token pair. Refresh tokens are single-use, so exactly one instance refreshes at a time (a
 * PostgreSQL advisory lock held by the transaction), a caller whose stale token was already replaced just gets
 * the newer one, and the new pair is committed before anyone uses it. Any refusal from the token endpoint, whatever
 * its code, means the OA is disconnected: the "oa-disconnected" alarm is raised with Zalo's code, messages wait,
 * and the dead refresh token is not offered again for {@code zalo.disconnected-retry-every} (an administrator's
 * new connection clears it at once).
 */
@ApplicationScoped
public class TokenRefresher {
    private final TokenRepository tokens;
    private final ZaloGateway gateway;
    private final String tokenUrl;
    private final String appId;
    private final String appSecret;
    private final Optional<String> initialRefreshToken;
    private final boolean enabled;
    private final ZaloAlarms alarms;
    private final Duration disconnectedRetry;
    private volatile String lastFailure;

    @Inject
    public TokenRefresher(TokenRepository tokens, ZaloGateway gateway, ZaloSettings settings, ZaloAlarms alarms) {
        this(tokens, gateway, settings.config().oauthUrl(), settings.appId(), settings.appSecret(),
                settings.config().initialRefreshToken(), !settings.sandbox(), alarms,
                settings.config().disconnectedRetryEvery());
    }

    TokenRefresher(TokenRepository tokens, ZaloGateway gateway, String oauthUrl, String appId, String appSecret,
                   Optional<String> initialRefreshToken, boolean enabled, ZaloAlarms alarms,
                   Duration disconnectedRetry) {
        this.alarms = alarms;
        this.disconnectedRetry = disconnectedRetry;
        this.tokens = tokens;
        this.gateway = gateway;
        this.tokenUrl = BaseUrls.withoutTrailingSlash(oauthUrl) + "/v4/oa/access_token";
        this.appId = appId;
        this.appSecret = appSecret;
        this.initialRefreshToken = initialRefreshToken.map(String::strip).filter(t -> !t.isEmpty());
        this.enabled = enabled;
    }

    /**
     * The access token to use instead of {@code staleAccessToken} (null: none was stored). Zalo is called only
     * when the stored token is still the stale one; otherwise another caller already refreshed.
     */
    public Uni<String> refresh(String staleAccessToken) {
        return tokens.withPairLocked((stored, writer) -> {
                            String current = stored.accessToken();
                            if (current != null && !current.equals(staleAccessToken)) {
                                return Uni.createFrom().item(current);
                            }
                            String refreshToken = stored == TokenRepository.StoredPair.NONE
                                    ? initialRefreshToken.orElse(null) : stored.refreshToken();
                            if (refreshToken == null) {
                                return Uni.createFrom().failure(ZaloApiException.oaDisconnected(-14014,
                                        "no refresh token stored or configured (ZALO_INITIAL_REFRESH_TOKEN)"));
                            }
                            var refused = recentlyRefused();
                            if (refused.isPresent()) {
                                return Uni.createFrom().failure(refused.get());
                            }
                            return callZalo(refreshToken).flatMap(pair -> writer
                                    .store(pair.accessToken(), pair.refreshToken(), pair.expiresInSeconds())
                                    .replaceWith(pair.accessToken()));
                        })
                .call(token -> alarms.clear(ZaloAlarm.OA_DISCONNECTED))
                .invoke(token -> lastFailure = null)
                .onFailure().call(e -> {
                    lastFailure = e.getMessage();
                    if (e instanceof ZaloApiException z && z.errorClass() == ZaloErrorClass.OA_DISCONNECTED) {
                        Log.errorf("Zalo OA disconnected: %s (an OA admin must grant access again on /admin/zalo)",
                                e.getMessage());
                        return alarms.raise(ZaloAlarm.OA_DISCONNECTED, ZaloAlarm.Kind.OA_DISCONNECTED, z.code(),
                                e.getMessage()).onFailure().recoverWithNull();
                    }
                    Log.errorf("Zalo OA token refresh failed: %s", e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /**
     * The refusal to answer at once while the OA is known disconnected: the stored refresh token was refused, and
     * offering it again on every message would only earn the same refusal. It is offered again after a while in
     * case the refusal was Zalo's passing trouble.
     */
    private Optional<ZaloApiException> recentlyRefused() {
        return alarms.get(ZaloAlarm.OA_DISCONNECTED)
                .filter(alarm -> alarm.lastSeenAt().isAfter(OffsetDateTime.now().minus(disconnectedRetry)))
                .map(alarm -> ZaloApiException.oaDisconnected(alarm.code() == null ? -1 : alarm.code(),
                        "OA disconnected since " + alarm.raisedAt() + ": " + alarm.detail()));
    }

    /** Ahead of expiry (access tokens live 25 hours), so that messages rarely meet an expired token. */
    @Scheduled(every = "5m", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshAhead() {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        return tokens.expiry(Duration.ofHours(2)).flatMap(expiry -> {
                    if (expiry == null) {
                        return initialRefreshToken.isPresent() ? refresh(null).replaceWithVoid() : Uni.createFrom().voidItem();
                    }
                    return expiry.soon() ? refresh(expiry.accessToken()).replaceWithVoid() : Uni.createFrom().voidItem();
                }).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** A pair stored by an administrator (authorisation flow or pasted): the alarm of a dead pair is over. */
    Uni<Void> pairStored() {
        lastFailure = null;
        return alarms.clearEverywhere(ZaloAlarm.OA_DISCONNECTED);
    }

    /** Why the last refresh failed, or empty when it worked (or none was needed yet). */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private Uni<TokenPair> callZalo(String refreshToken) {
        String form = "refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8) + "&app_id="
                + URLEncoder.encode(appId, StandardCharsets.UTF_8) + "&grant_type=refresh_token";
        return gateway.tokenPost(tokenUrl, appSecret, form);
    }

    public record TokenPair(String accessToken, String refreshToken, double expiresInSeconds) {
        /** The pair, or: Zalo unavailable (5xx, not JSON) to retry later; any refusal is "OA disconnected". */
        static TokenPair read(int status, String body) {
            if (status >= 500) {
                throw ZaloApiException.unavailable("token endpoint answered HTTP " + status);
            }
            JsonObject json;
            try {
                json = new JsonObject(body);
            } catch (RuntimeException e) {
                throw ZaloApiException.unavailable("token endpoint answered HTTP " + status + " without JSON");
            }
            String access = json.getString("access_token");
            String refresh = json.getString("refresh_token");
            if (access == null || refresh == null || access.isBlank() || refresh.isBlank()) {
                String message = json.getValue("message", json.getValue("error_description", json.getValue("error_name", "")))
                        .toString();
                throw ZaloApiException.oaDisconnected(ZaloAnswers.code(json.getValue("error"), -1),
                        "token endpoint refused (HTTP " + status + "): " + message);
            }
            Object expires = json.getValue("expires_in", "90000");
            double seconds;
            try {
                seconds = Double.parseDouble(expires.toString());
            } catch (NumberFormatException e) {
                seconds = 90_000;
            }
            return new TokenPair(access, refresh, seconds);
        }
    }
}
