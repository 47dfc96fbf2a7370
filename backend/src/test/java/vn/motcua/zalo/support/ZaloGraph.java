package vn.motcua.zalo.support;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import vn.motcua.common.Hashing;

/**
 * {@link FakeZalo}'s graph.zalo.me (the Mini App's user token: who it is, and the phone number it agreed to
 * share) and its OA user details, as Zalo answers them.
 */
final class ZaloGraph {
    private ZaloGraph() {
    }

    static void answer(FakeZalo zalo, HttpServerRequest request) {
        JsonObject answer = switch (request.path()) {
            case FakeZalo.GRAPH_ME -> me(zalo, request);
            case FakeZalo.GRAPH_PHONE -> phone(zalo, request);
            default -> null;
        };
        zalo.record(new FakeZalo.Call(request.path(), request.getHeader("access_token"), new JsonObject(),
                answer == null ? 500 : answer.getInteger("error", 0)));
        if (answer == null) {
            request.response().setStatusCode(FakeZalo.GRAPH_ME.equals(request.path()) ? 500 : 404).end();
        } else {
            request.response().putHeader("Content-Type", "application/json").end(answer.encode());
        }
    }

    /** An OA follower known to the fake, with the fields Zalo's user detail gives. */
    static JsonObject userDetail(String userId) {
        return new JsonObject().put("user_id", userId).put("user_id_by_app", FakeZalo.OA_USERS.get(userId))
                .put("display_name", "Người dân " + userId).put("user_is_follower", true)
                .put("avatar", "https://s240.zdn.vn/" + userId + ".jpg").put("user_last_interaction_date", "26/11/2026");
    }

    private static JsonObject me(FakeZalo zalo, HttpServerRequest request) {
        zalo.meCalls.incrementAndGet();
        String token = request.getHeader("access_token");
        if ("token-zalo-down".equals(token)) {
            return null; // HTTP 500
        }
        String proof = token == null ? null : Hashing.hmacSha256Hex(FakeZalo.APP_SECRET, token);
        if (token == null || !FakeZalo.USERS.containsKey(token) || !proof.equals(request.getHeader("appsecret_proof"))
                || !"id,name,picture".equals(request.getParam("fields"))) {
            return new JsonObject().put("error", 452).put("message", "Access token is invalid or proof is wrong");
        }
        String id = FakeZalo.USERS.get(token);
        return new JsonObject().put("id", id).put("name", id.equals("app-user-an") ? "Nguyễn Văn An" : "Trần Thị Bình")
                .put("picture", new JsonObject().put("data", new JsonObject().put("url", "https://s120.zdn.vn/a.jpg")));
    }

    private static JsonObject phone(FakeZalo zalo, HttpServerRequest request) {
        String token = request.getHeader("access_token");
        if (!FakeZalo.APP_SECRET.equals(request.getHeader("secret_key")) || token == null
                || !FakeZalo.USERS.containsKey(token)) {
            return new JsonObject().put("error", -124).put("message", "Invalid access token or secret");
        }
        String number = zalo.phoneTokens.remove(request.getHeader("code") + "|" + token); // single use
        return number == null ? new JsonObject().put("error", -201).put("message", "Invalid code")
                : new JsonObject().put("data", new JsonObject().put("number", number)).put("error", 0);
    }
}
