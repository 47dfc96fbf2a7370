package vn.motcua.zalo.outbound;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import vn.motcua.zalo.ZaloSettings;

import java.time.Duration;

/**
 * The live OA client on Vert.x's HTTP client. Zalo answers HTTP 200 with an {@code error} field for most
 * failures, so every body is read and classified. A token error is retried once, with a refreshed token.
 */
@ApplicationScoped
@Typed(LiveMessenger.class) // injected through MessengerProducer only
public class LiveMessenger implements ZaloMessenger {
    private final HttpClient client;
    private final AccessTokenSource tokens;
    private final TokenRenewal renewal;
    private final CallGate gate;
    private final String consultationUrl;
    private final String templateUrl;
    private final String phoneTemplateUrl;
    private final String templateInfoUrl;
    private final Duration timeout;
    /** Template messages by phone carry {@code "mode":"development"}: only the Zalo App's administrators get them. */
    private boolean development;

    @Inject
    public LiveMessenger(Vertx vertx, TokenRepository tokens, TokenRefresher refresher, ZaloSettings settings,
                         CallGate gate) {
        this(vertx, tokens, refresher::refresh, Endpoints.of(settings), settings.config().sendTimeout(), gate);
        this.development = settings.config().templateMode() == vn.motcua.zalo.ZaloConfig.TemplateMode.DEVELOPMENT;
    }

    /** Zalo's base URLs (configuration, so that tests and benchmarks point them at a local fake). */
    record Endpoints(String openapi, String business) {
        static Endpoints of(ZaloSettings settings) {
            return new Endpoints(settings.config().openapiUrl(), settings.config().businessUrl());
        }
    }

    /** Gives the token to use instead of a refused one (refreshing it if nobody else did). */
    @FunctionalInterface
    interface TokenRenewal {
        Uni<String> renew(String refusedToken);
    }

    LiveMessenger(Vertx vertx, AccessTokenSource tokens, TokenRenewal renewal, Endpoints endpoints, Duration timeout,
                  CallGate gate) {
        this.renewal = renewal;
        this.gate = gate;
        this.timeout = timeout;
        // enough connections for the notification senders' concurrency (Vert.x keeps 5 per host by default)
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setKeepAlive(true),
                new io.vertx.core.http.PoolOptions().setHttp1MaxSize(64));
        this.tokens = tokens;
        this.consultationUrl = trim(endpoints.openapi()) + "/v3.0/oa/message/cs";
        this.templateUrl = trim(endpoints.openapi()) + "/v3.0/oa/message/template";
        this.phoneTemplateUrl = trim(endpoints.business()) + "/message/template";
        this.templateInfoUrl = trim(endpoints.business()) + "/template/info/v2?template_id=";
    }

    @Override
    public Uni<String> sendConsultation(ZaloMessage message) {
        return send(consultationUrl, ZaloMessageJson.consultation(message).encode())
                .map(data -> data.getString("message_id"));
    }

    @Override
    public Uni<String> sendTemplateToUser(TemplateMessage message) {
        return send(templateUrl, ZaloMessageJson.templateToUser(message).encode())
                .map(data -> data.getString("message_id", data.getString("msg_id")));
    }

    @Override
    public Uni<String> sendTemplateToPhone(TemplateMessage message) {
        return send(phoneTemplateUrl, ZaloMessageJson.templateToPhone(message, development).encode())
                .map(data -> data.getString("msg_id", data.getString("message_id")));
    }

    private Uni<JsonObject> send(String url, String body) {
        return withToken(token -> post(url, token, body));
    }

    /**
     * Zalo's description of an approved template ({@code GET business.openapi.zalo.me/template/info/v2}): its
     * status and its parameters ({@code listParams}: name, type, maxLength, require). Through the same limiter.
     */
    public Uni<JsonObject> templateInfo(String templateId) {
        String url = templateInfoUrl + java.net.URLEncoder.encode(templateId, java.nio.charset.StandardCharsets.UTF_8);
        return withToken(token -> get(url, token));
    }

    /** The call with the stored token; a token error is answered by one refresh and one retry. */
    private Uni<JsonObject> withToken(java.util.function.Function<String, Uni<JsonObject>> request) {
        return tokens.accessToken()
                .flatMap(token -> token != null ? Uni.createFrom().item(token) : renewal.renew(null))
                .flatMap(token -> gate.call(() -> request.apply(token))
                        .onFailure(ZaloApiException.class::isInstance)
                        .recoverWithUni(e -> retryWithRenewedToken((ZaloApiException) e, token, request)));
    }

    /** A token error is answered by one refresh and one retry; a second token error is final. */
    private Uni<JsonObject> retryWithRenewedToken(ZaloApiException error, String usedToken,
                                                  java.util.function.Function<String, Uni<JsonObject>> request) {
        if (error.errorClass() != ZaloErrorClass.REFRESH_AND_RETRY) {
            return Uni.createFrom().failure(error);
        }
        Log.infof("Zalo refused the OA token (%d): refreshing once", error.code());
        return renewal.renew(usedToken).flatMap(token -> gate.call(() -> request.apply(token)));
    }

    private Uni<JsonObject> get(String url, String token) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url)
                .putHeader("access_token", token).setIdleTimeout(timeout.toMillis()).setFollowRedirects(false);
        return client.request(options)
                .flatMap(request -> request.send())
                .flatMap(response -> response.body().map(buffer -> read(response.statusCode(), buffer)))
                .ifNoItem().after(timeout).failWith(() -> ZaloApiException.unavailable("no answer in " + timeout))
                .onFailure(e -> !(e instanceof ZaloApiException))
                .transform(e -> ZaloApiException.unavailable(String.valueOf(e.getMessage())));
    }

    /** The {@code data} object of a successful answer; a {@link ZaloApiException} otherwise. */
    Uni<JsonObject> post(String url, String token, String body) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                .putHeader("access_token", token).putHeader("Content-Type", "application/json")
                .setIdleTimeout(timeout.toMillis()).setFollowRedirects(false);
        return client.request(options)
                .flatMap(request -> request.send(Buffer.buffer(body)))
                .flatMap(response -> response.body().map(buffer -> read(response.statusCode(), buffer)))
                .ifNoItem().after(timeout).failWith(() -> ZaloApiException.unavailable("no answer in " + timeout))
                .onFailure(e -> !(e instanceof ZaloApiException))
                .transform(e -> ZaloApiException.unavailable(String.valueOf(e.getMessage())));
    }

    static JsonObject read(int status, Buffer buffer) {
        if (status >= 500) {
            throw ZaloApiException.unavailable("HTTP " + status);
        }
        JsonObject answer;
        try {
            answer = new JsonObject(buffer.toString());
        } catch (DecodeException | ClassCastException e) {
            throw status == 200 ? ZaloApiException.unavailable("unreadable answer")
                    : new ZaloApiException(status, "HTTP " + status, ZaloErrorClass.PERMANENT);
        }
        int error = errorCode(answer.getValue("error"));
        if (error != 0) {
            throw ZaloApiException.of(error, answer.getString("message", ""));
        }
        if (status != 200) {
            throw new ZaloApiException(status, "HTTP " + status, ZaloErrorClass.PERMANENT);
        }
        JsonObject data = answer.getJsonObject("data");
        return data == null ? new JsonObject() : data;
    }

    /** Zalo sends numbers, and sometimes the same number as a string. */
    private static int errorCode(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? 0 : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
