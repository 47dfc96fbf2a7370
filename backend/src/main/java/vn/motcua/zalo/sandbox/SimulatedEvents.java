package vn.motcua.zalo.sandbox;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.UUID;

/** Webhook events shaped as Zalo sends them (ids and timestamps as strings), for the chat simulator. */
final class SimulatedEvents {
    private SimulatedEvents() {
    }

    static JsonObject text(String appId, String oaId, String user, String text) {
        return userEvent(appId, oaId, user, "user_send_text")
                .put("message", new JsonObject().put("text", text).put("msg_id", msgId()));
    }

    static JsonObject image(String appId, String oaId, String user, String url) {
        JsonObject attachment = new JsonObject().put("type", "image")
                .put("payload", new JsonObject().put("url", url).put("thumbnail", url));
        return userEvent(appId, oaId, user, "user_send_image").put("message", new JsonObject()
                .put("msg_id", msgId()).put("text", "").put("attachments", new JsonArray().add(attachment)));
    }

    static JsonObject follow(String appId, String oaId, String user) {
        return new JsonObject().put("app_id", appId).put("oa_id", oaId).put("follower", new JsonObject().put("id", user))
                .put("source", "sandbox").put("event_name", "follow").put("timestamp", now());
    }

    static JsonObject submitInfo(String appId, String oaId, String user, String name, String phone) {
        return userEvent(appId, oaId, user, "user_submit_info")
                .put("info", new JsonObject().put("name", name).put("phone", phone));
    }

    private static JsonObject userEvent(String appId, String oaId, String user, String name) {
        return new JsonObject().put("app_id", appId).put("sender", new JsonObject().put("id", user))
                .put("user_id_by_app", user).put("recipient", new JsonObject().put("id", oaId))
                .put("event_name", name).put("timestamp", now());
    }

    private static String now() {
        return Long.toString(System.currentTimeMillis());
    }

    private static String msgId() {
        return "sim-" + UUID.randomUUID();
    }
}
