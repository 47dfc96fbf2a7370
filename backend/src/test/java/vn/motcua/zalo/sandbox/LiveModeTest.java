package vn.motcua.zalo.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** In live mode the sandbox does not exist, and the demo credentials do not sign anything. */
@QuarkusTest
@TestProfile(LiveModeTest.Live.class)
class LiveModeTest {
    static final Class<?> DB = PostgresTest.class;

    public static class Live implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zalo.mode", "live", "zalo.app-id", "1234567890", "zalo.oa-id", "987654321",
                    "zalo.oa-secret-key", "live-oa-secret", "zalo.app-secret", "live-app-secret",
                    "zalo.openapi-url", "http://127.0.0.1:9");
        }
    }

    @Test
    void sandboxEndpointsAnswer404() {
        RestAssured.get("/api/sandbox/v1/messages").then().statusCode(404).contentType("application/problem+json");
        RestAssured.get("/sandbox/chat").then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().multiPart("text", "xin chào").post("/sandbox/chat").then().statusCode(404);
        RestAssured.get("/").then().statusCode(200).body(not(containsString("/sandbox/chat")))
                .body(not(containsString("zalo-platform-site-verification")));
    }

    @Test
    void eventsSignedWithSandboxCredentialsAreRefused() {
        String body = "{\"app_id\":\"sandbox-app\",\"sender\":{\"id\":\"u\"},\"event_name\":\"user_send_text\","
                + "\"message\":{\"text\":\"hi\",\"msg_id\":\"x1\"},\"timestamp\":\"1718000000000\"}";
        String mac = vn.motcua.zalo.webhook.WebhookSignature.header("sandbox-app",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "1718000000000", "sandbox-oa-secret-key");
        RestAssured.given().header("X-ZEvent-Signature", mac).body(body).post("/zalo/webhook").then().statusCode(401);
    }
}
