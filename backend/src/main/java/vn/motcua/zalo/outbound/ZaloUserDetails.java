package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.common.BaseUrls;
import vn.motcua.zalo.ZaloSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An OA follower's profile: {@code GET /v3.0/oa/user/detail?data={"user_id":"..."}}, an OA API call through
 * {@link OaApi} (one refresh and one retry on a token error, like the messenger): it spends the app's calls a
 * minute like messages do.
 */
@ApplicationScoped
public class ZaloUserDetails {
    private final OaApi api;
    private final String url;

    @Inject
    public ZaloUserDetails(OaApi api, ZaloSettings settings) {
        this(api, settings.config().openapiUrl());
    }

    ZaloUserDetails(OaApi api, String openapiUrl) {
        this.api = api;
        this.url = BaseUrls.withoutTrailingSlash(openapiUrl) + "/v3.0/oa/user/detail?data=";
    }

    public Uni<UserDetail> detail(String oaUserId) {
        String query = URLEncoder.encode(new JsonObject().put("user_id", oaUserId).encode(), StandardCharsets.UTF_8);
        return api.get(url + query).map(UserDetail::of);
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
