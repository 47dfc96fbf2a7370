package vn.motcua.zalo.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.FakeZaloProfile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * In live mode (here against the fake Zalo, whatever it serves) the sandbox does not exist, and the sandbox's
 * credentials do not sign anything.
 */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class LiveModeTest {
    static final Class<?> DB = PostgresTest.class;

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
