package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.common.BaseUrls;
import vn.motcua.common.Hashing;
import vn.motcua.zalo.ZaloSettings;

import java.util.Map;

/**
 * graph.zalo.me for the Mini App: who a user token belongs to ({@code /v2.0/me}, with {@code appsecret_proof})
 * and the phone number behind a {@code getPhoneNumber()} token ({@code /v2.0/me/info}, with the App Secret).
 * Failures are {@link ZaloApiException}s: code 0 when Zalo could not be reached, Zalo's code when it refused.
 */
@ApplicationScoped
public class ZaloGraphClient {
    private final ZaloGateway gateway;
    private final String graphUrl;
    private final String appSecret;

    @Inject
    public ZaloGraphClient(ZaloGateway gateway, ZaloSettings settings) {
        this.gateway = gateway;
        this.graphUrl = BaseUrls.withoutTrailingSlash(settings.config().graphUrl());
        this.appSecret = settings.appSecret();
    }

    /** hex(HMAC-SHA256(key = App Secret, message = access token)), as graph.zalo.me requires. */
    public static String appSecretProof(String appSecret, String accessToken) {
        return Hashing.hmacSha256Hex(appSecret, accessToken);
    }

    public Uni<ZaloProfile> me(String accessToken) {
        return gateway.graphGet(graphUrl + "/v2.0/me?fields=id,name,picture", Map.of("access_token", accessToken,
                        "appsecret_proof", appSecretProof(appSecret, accessToken)))
                .map(ZaloGraphClient::profile);
    }

    /** The phone number (as Zalo writes it, 84...) that the user agreed to share with this phone token. */
    public Uni<String> phoneNumber(String accessToken, String phoneToken) {
        return gateway.graphGet(graphUrl + "/v2.0/me/info",
                        Map.of("access_token", accessToken, "code", phoneToken, "secret_key", appSecret))
                .map(answer -> {
                    JsonObject data = answer.getJsonObject("data");
                    Object number = data == null ? null : data.getValue("number");
                    if (number == null || number.toString().isBlank()) {
                        throw new ZaloApiException(-1, "no phone number in the answer", ZaloErrorClass.PERMANENT);
                    }
                    return number.toString();
                });
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

    /** A Zalo user as graph.zalo.me describes them: app-scoped id, name and avatar (with consent). */
    public record ZaloProfile(String id, String name, String pictureUrl) {
    }
}
