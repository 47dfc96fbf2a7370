package vn.motcua.notification;

import vn.motcua.zalo.support.FakeZaloProfile;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.motcua.zalo.webhook.WebhookSignature;

import java.nio.charset.StandardCharsets;

/** Receipt events posted to the real webhook, signed as Zalo signs them. */
final class WebhookCalls {
    private WebhookCalls() {
    }

    static void post(String eventName, String userId, String messageId) {
        String timestamp = String.valueOf(System.currentTimeMillis());
        String body = new JsonObject().put("app_id", FakeZaloProfile.APP_ID)
                .put("sender", new JsonObject().put("id", "388613280878808645"))
                .put("recipient", new JsonObject().put("id", userId)).put("user_id_by_app", "app-" + userId)
                .put("event_name", eventName)
                .put("message", new JsonObject().put("msg_ids", new JsonArray().add(messageId)))
                .put("timestamp", timestamp).encode();
        String signature = WebhookSignature.header(FakeZaloProfile.APP_ID, body.getBytes(StandardCharsets.UTF_8),
                timestamp, FakeZaloProfile.OA_SECRET_KEY);
        RestAssured.given().header("X-ZEvent-Signature", signature).contentType("application/json").body(body)
                .post("/zalo/webhook").then().statusCode(200);
    }
}
