package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.zalo.ZaloSettings;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The one door to Zalo: every HTTP call to any Zalo host leaves through this class, on its one Vert.x client.
 * It owns the timeouts (a call that does not answer in time is "Zalo unavailable"), never follows redirects,
 * reads every answer with {@link ZaloAnswers} (Zalo's errors come inside HTTP 200s) and turns every transport
 * failure into a classified {@link ZaloApiException}. OA API calls also pass the {@link CallGate}: the app's
 * shared budget of calls a minute and the circuit breaker. The token endpoint, graph.zalo.me and the media hosts
 * are not the OA API and are not counted against it.
 */
@ApplicationScoped
public class ZaloGateway {
    private final HttpClient client;
    private final CallGate gate;
    private final Duration timeout;

    @Inject
    public ZaloGateway(Vertx vertx, CallGate gate, ZaloSettings settings) {
        this(vertx, gate, settings.config().sendTimeout());
    }

    public ZaloGateway(Vertx vertx, CallGate gate, Duration timeout) {
        this.gate = gate;
        this.timeout = timeout;
        // enough connections for the notification senders' concurrency (Vert.x keeps 5 per host by default)
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setKeepAlive(true).setMaxRedirects(0),
                new PoolOptions().setHttp1MaxSize(64));
    }

    /** An OA API read (openapi / business hosts) with the OA token: its {@code data}. */
    public Uni<JsonObject> oaGet(String url, String accessToken) {
        RequestOptions options = request(HttpMethod.GET, url, timeout).putHeader("access_token", accessToken);
        return gate.call(() -> exchange(options, null, timeout, ZaloAnswers::oaData));
    }

    /** An OA API write (a message) with the OA token: its {@code data}. */
    public Uni<JsonObject> oaPost(String url, String accessToken, JsonObject body) {
        RequestOptions options = request(HttpMethod.POST, url, timeout).putHeader("access_token", accessToken)
                .putHeader("Content-Type", "application/json");
        return gate.call(() -> exchange(options, Buffer.buffer(body.encode()), timeout, ZaloAnswers::oaData));
    }

    /** A graph.zalo.me read for the Mini App (user token and proof in headers): the whole answer. */
    public Uni<JsonObject> graphGet(String url, Map<String, String> headers) {
        RequestOptions options = request(HttpMethod.GET, url, timeout);
        headers.forEach(options::putHeader);
        return exchange(options, null, timeout, ZaloAnswers::graph);
    }

    /** The OAuth token endpoint (a form with the App Secret in a header): the token pair, or a refusal. */
    public Uni<TokenRefresher.TokenPair> tokenPost(String url, String appSecret, String form) {
        RequestOptions options = request(HttpMethod.POST, url, timeout).putHeader("secret_key", appSecret)
                .putHeader("Content-Type", "application/x-www-form-urlencoded");
        return exchange(options, Buffer.buffer(form), timeout,
                (status, body) -> TokenRefresher.TokenPair.read(status, body.toString()));
    }

    /** A file from Zalo's media hosts: HTTP 200 only, at most {@code maxBytes}, within {@code within}. */
    public Uni<byte[]> download(String url, int maxBytes, Duration within) {
        return classified(client.request(request(HttpMethod.GET, url, within))
                .flatMap(request -> request.send())
                .flatMap(response -> collect(response, maxBytes)), within, "download: ");
    }

    private static Uni<byte[]> collect(HttpClientResponse response, int maxBytes) {
        if (response.statusCode() != 200) {
            throw new ZaloApiException(response.statusCode(), "HTTP " + response.statusCode() + " for the file",
                    ZaloErrorClass.PERMANENT);
        }
        String length = response.getHeader("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBytes) {
            throw new ZaloApiException(413, "file of " + length + " bytes is too large", ZaloErrorClass.PERMANENT);
        }
        return response.toMulti().collect().in(ByteArrayOutputStream::new, (out, buffer) -> {
            if (out.size() + buffer.length() > maxBytes) {
                throw new ZaloApiException(413, "file larger than " + maxBytes + " bytes", ZaloErrorClass.PERMANENT);
            }
            out.writeBytes(buffer.getBytes());
        }).map(ByteArrayOutputStream::toByteArray);
    }

    private <T> Uni<T> exchange(RequestOptions options, Buffer body, Duration within,
                                BiFunction<Integer, Buffer, T> reader) {
        return classified(client.request(options)
                .flatMap(request -> body == null ? request.send() : request.send(body))
                .flatMap(response -> response.body().map(answer -> reader.apply(response.statusCode(), answer))),
                within, "");
    }

    /** Silence past {@code within} and every transport failure become "Zalo unavailable" (retried later). */
    private static <T> Uni<T> classified(Uni<T> call, Duration within, String what) {
        return call.ifNoItem().after(within).failWith(() -> ZaloApiException.unavailable(what + "no answer in " + within))
                .onFailure(e -> !(e instanceof ZaloApiException))
                .transform(e -> ZaloApiException.unavailable(what + e.getMessage()));
    }

    private static RequestOptions request(HttpMethod method, String url, Duration within) {
        return new RequestOptions().setMethod(method).setAbsoluteURI(url.strip()).setIdleTimeout(within.toMillis())
                .setFollowRedirects(false);
    }
}
