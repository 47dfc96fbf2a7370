package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.common.Hashing;
import vn.motcua.zalo.ZaloSettings;

import java.time.Duration;
import java.util.Map;

/**
 * graph.zalo.me for the Mini App: who a user token belongs to ({@code /v2.0/me}, with {@code appsecret_proof})
 * and the phone number behind a {@code getPhoneNumber()} token ({@code /v2.0/me/info}, with the App Secret).
 * Failures are {@link ZaloApiException}s: code 0 when Zalo could not be reached, Zalo's code when it refused.
 */
@ApplicationScoped
public class ZaloGraphClient {
    private final HttpClient client;
    private final String graphUrl;
    private final String appSecret;
    private final Duration timeout;

    @Inject
    public ZaloGraphClient(Vertx vertx, ZaloSettings settings) {
        this(vertx, settings.config().graphUrl(), settings.appSecret(), settings.config().sendTimeout());
    }

    ZaloGraphClient(Vertx vertx, String graphUrl, String appSecret, Duration timeout) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setKeepAlive(true));
        this.graphUrl = graphUrl.endsWith("/") ? graphUrl.substring(0, graphUrl.length() - 1) : graphUrl;
        this.appSecret = appSecret;
        this.timeout = timeout;
    }

    /** hex(HMAC-SHA256(key = App Secret, message = access token)), as graph.zalo.me requires. */
    public static String appSecretProof(String appSecret, String accessToken) {
        return Hashing.hmacSha256Hex(appSecret, accessToken);
    }

    public Uni<ZaloProfile> me(String accessToken) {
        return get("/v2.0/me?fields=id,name,picture", Map.of("access_token", accessToken,
                "appsecret_proof", appSecretProof(appSecret, accessToken)))
                .map(ZaloGraphClient::profile);
    }

    /** The phone number (as Zalo writes it, 84...) that the user agreed to share with this phone token. */
    public Uni<String> phoneNumber(String accessToken, String phoneToken) {
        return get("/v2.0/me/info", Map.of("access_token", accessToken, "code", phoneToken, "secret_key", appSecret))
                .map(answer -> {
                    JsonObject data = LiveMessenger.read(200, Buffer.buffer(answer.encode()));
                    Object number = data.getValue("number");
                    if (number == null || number.toString().isBlank()) {
                        throw new ZaloApiException(-1, "no phone number in the answer", ZaloErrorClass.PERMANENT);
                    }
                    return number.toString();
                });
    }

    private Uni<JsonObject> get(String path, Map<String, String> headers) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(graphUrl + path)
                .setIdleTimeout(timeout.toMillis()).setFollowRedirects(false);
        headers.forEach(options::putHeader);
        return client.request(options)
                .flatMap(request -> request.send())
                .flatMap(response -> response.body().map(body -> parse(response.statusCode(), body)))
                .ifNoItem().after(timeout).failWith(() -> ZaloApiException.unavailable("graph: no answer in " + timeout))
                .onFailure(e -> !(e instanceof ZaloApiException))
                .transform(e -> ZaloApiException.unavailable("graph: " + e.getMessage()));
    }

    /** The whole answer; an {@code error} (a number, or an object with a code) is thrown. */
    static JsonObject parse(int status, Buffer body) {
        if (status >= 500) {
            throw ZaloApiException.unavailable("graph: HTTP " + status);
        }
        JsonObject answer;
        try {
            answer = new JsonObject(body.toString());
        } catch (RuntimeException e) {
            throw status == 200 ? ZaloApiException.unavailable("graph: unreadable answer")
                    : new ZaloApiException(status, "graph: HTTP " + status, ZaloErrorClass.PERMANENT);
        }
        Object error = answer.getValue("error");
        if (error instanceof JsonObject object) {
            throw ZaloApiException.of(code(object.getValue("code")), object.getString("message", ""));
        }
        int code = code(error);
        if (code != 0) {
            throw ZaloApiException.of(code, answer.getString("message", ""));
        }
        if (status != 200) {
            throw new ZaloApiException(status, "graph: HTTP " + status, ZaloErrorClass.PERMANENT);
        }
        return answer;
    }

    private static ZaloProfile profile(JsonObject answer) {
        Object id = answer.getValue("id");
        if (id == null || id.toString().isBlank()) {
            throw new ZaloApiException(-1, "graph: no user id in the answer", ZaloErrorClass.PERMANENT);
        }
        Object picture = answer.getValue("picture");
        String pictureUrl = null;
        if (picture instanceof JsonObject p) {
            JsonObject data = p.getJsonObject("data");
            Object url = data != null ? data.getValue("url") : p.getValue("url");
            pictureUrl = url == null ? null : url.toString();
        } else if (picture instanceof String url) {
            pictureUrl = url;
        }
        Object name = answer.getValue("name");
        return new ZaloProfile(id.toString(), name == null ? null : name.toString(), pictureUrl);
    }

    private static int code(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? 0 : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A Zalo user as graph.zalo.me describes them: app-scoped id, name and avatar (with consent). */
    public record ZaloProfile(String id, String name, String pictureUrl) {
    }
}
