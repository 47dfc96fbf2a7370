package vn.motcua.zalo.outbound;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Function;

/**
 * OA API calls with the stored OA token. A token error is answered by one refresh and one retry (another
 * caller may already have refreshed: {@link TokenRefresher} then hands over the newer token); a second token
 * error is final.
 */
@ApplicationScoped
public class OaApi {
    private final ZaloGateway gateway;
    private final AccessTokenSource tokens;
    private final TokenRenewal renewal;

    /** Gives the token to use instead of a refused one (refreshing it if nobody else did). */
    @FunctionalInterface
    public interface TokenRenewal {
        Uni<String> renew(String refusedToken);
    }

    @Inject
    public OaApi(ZaloGateway gateway, TokenRepository tokens, TokenRefresher refresher) {
        this(gateway, tokens, refresher::refresh);
    }

    OaApi(ZaloGateway gateway, AccessTokenSource tokens, TokenRenewal renewal) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.renewal = renewal;
    }

    public Uni<JsonObject> get(String url) {
        return withToken(token -> gateway.oaGet(url, token));
    }

    public Uni<JsonObject> post(String url, JsonObject body) {
        return withToken(token -> gateway.oaPost(url, token, body));
    }

    private Uni<JsonObject> withToken(Function<String, Uni<JsonObject>> call) {
        return tokens.accessToken()
                .flatMap(token -> token != null ? Uni.createFrom().item(token) : renewal.renew(null))
                .flatMap(token -> call.apply(token).onFailure(ZaloApiException.class::isInstance)
                        .recoverWithUni(e -> retryWithRenewedToken((ZaloApiException) e, token, call)));
    }

    private Uni<JsonObject> retryWithRenewedToken(ZaloApiException error, String usedToken,
                                                  Function<String, Uni<JsonObject>> call) {
        if (error.errorClass() != ZaloErrorClass.REFRESH_AND_RETRY) {
            return Uni.createFrom().failure(error);
        }
        Log.infof("Zalo refused the OA token (%d): refreshing once", error.code());
        return renewal.renew(usedToken).flatMap(call::apply);
    }
}
