package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.zalo.ZaloSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An OA follower's profile: {@code GET /v3.0/oa/user/detail?data={"user_id":"..."}} with the OA token (one
 * refresh and one retry on a token error, like the messenger). Answers are read by {@link LiveMessenger#read}.
 */
@ApplicationScoped
public class ZaloUserDetails {
    private final HttpClient client;
    private final AccessTokenSource tokens;
    private final LiveMessenger.TokenRenewal renewal;
    private final String url;
    private final Duration timeout;
    private final CallGate gate;

    @Inject
    public ZaloUserDetails(Vertx vertx, TokenRepository tokens, TokenRefresher refresher, ZaloSettings settings,
                           CallGate gate) {
        this(vertx, tokens, refresher::refresh, settings.config().openapiUrl(), settings.config().sendTimeout(), gate);
    }

    ZaloUserDetails(Vertx vertx, AccessTokenSource tokens, LiveMessenger.TokenRenewal renewal, String openapiUrl,
                    Duration timeout, CallGate gate) {
        this.gate = gate;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setKeepAlive(true));
        this.tokens = tokens;
        this.renewal = renewal;
        this.url = (openapiUrl.endsWith("/") ? openapiUrl.substring(0, openapiUrl.length() - 1) : openapiUrl)
                + "/v3.0/oa/user/detail?data=";
        this.timeout = timeout;
    }

    public Uni<UserDetail> detail(String oaUserId) {
        String query = URLEncoder.encode(new JsonObject().put("user_id", oaUserId).encode(), StandardCharsets.UTF_8);
        return tokens.accessToken()
                .flatMap(token -> token != null ? Uni.createFrom().item(token) : renewal.renew(null))
                .flatMap(token -> get(query, token).onFailure(ZaloApiException.class::isInstance).recoverWithUni(e -> {
                    ZaloApiException error = (ZaloApiException) e;
                    return error.errorClass() == ZaloErrorClass.REFRESH_AND_RETRY
                            ? renewal.renew(token).flatMap(renewed -> get(query, renewed))
                            : Uni.createFrom().failure(error);
                }))
                .map(UserDetail::of);
    }

    /** Through the shared gate: user details count against the app's calls a minute like messages do. */
    private Uni<JsonObject> get(String query, String token) {
        return gate.call(() -> call(query, token));
    }

    private Uni<JsonObject> call(String query, String token) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url + query)
                .putHeader("access_token", token).setIdleTimeout(timeout.toMillis()).setFollowRedirects(false);
        return client.request(options)
                .flatMap(request -> request.send())
                .flatMap(response -> response.body().map(body -> LiveMessenger.read(response.statusCode(), body)))
                .ifNoItem().after(timeout).failWith(() -> ZaloApiException.unavailable("no answer in " + timeout))
                .onFailure(e -> !(e instanceof ZaloApiException))
                .transform(e -> ZaloApiException.unavailable(String.valueOf(e.getMessage())));
    }

    /** What the OA may know of a user; ids stay strings (they exceed 2^53). */
    public record UserDetail(String userId, String userIdByApp, String displayName, String avatar,
                             boolean follower, String lastInteractionDate) {
        static UserDetail of(JsonObject data) {
            Object follower = data.getValue("user_is_follower");
            return new UserDetail(text(data, "user_id"), text(data, "user_id_by_app"), text(data, "display_name"),
                    text(data, "avatar"), Boolean.TRUE.equals(follower) || "true".equals(String.valueOf(follower)),
                    text(data, "user_last_interaction_date"));
        }

        private static String text(JsonObject data, String name) {
            Object value = data.getValue(name);
            return value == null ? null : value.toString();
        }
    }
}
