package vn.motcua.zalo.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The webhook door: only correctly signed events are stored, each once, and every one is answered fast. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class ZaloWebhookTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
    }

    /**
     * The documented vector is dated June 2024: its signature is right, but an event that old is a replay, so it
     * is acknowledged (Zalo stops redelivering) and ignored. Until the freshness window existed it was answered.
     */
    @Test
    void referenceEventWithItsDocumentedSignatureIsAcknowledgedButTooOldToAnswer() {
        ZaloEvents.postSigned(WebhookSignatureTest.BODY, WebhookSignatureTest.MAC).statusCode(200)
                .body("error", equalTo(0)).body("message", equalTo("ignored"));
        assertThat(Db.count("select count(*) from zalo_inbox")).isZero();
        assertThat(ZaloEvents.replies("2468458835296197922")).isEmpty();
    }

    @Test
    void theReferenceEventSentTodayIsAcceptedAndAnswered() {
        String body = WebhookSignatureTest.BODY.replace("1718000000000", Long.toString(System.currentTimeMillis()));
        ZaloEvents.post(body).statusCode(200).body("error", equalTo(0)).body("message", equalTo("accepted"));
        ZaloEvents.awaitIdle();
        assertThat(Db.column("select state from zalo_inbox")).containsExactly("processed");
        assertThat(ZaloEvents.replies("2468458835296197922")).singleElement().asString()
                .contains("Không tìm thấy hồ sơ có mã HS-2025-000123");
    }

    @Test
    void tamperedBodyWrongSecretAndMissingSignatureAreRefusedAndNothingIsStored() {
        String body = ZaloEvents.text("u-tamper", "tra cứu 000.00.22.H12-261120-0007");
        String good = ZaloEvents.signature(body, ZaloTestProfile.OA_SECRET_KEY);
        ZaloEvents.postSigned(body.replace("0007", "0008"), good).statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        ZaloEvents.postSigned(body, ZaloEvents.signature(body, "another-secret")).statusCode(401);
        ZaloEvents.postSigned(body, null).statusCode(401).contentType("application/problem+json");
        ZaloEvents.postSigned(body, "sha256=" + good.substring(4)).statusCode(401);
        assertThat(Db.count("select count(*) from zalo_inbox")).isZero();
        assertThat(Db.count("select count(*) from zalo_sandbox_message")).isZero();
    }

    @Test
    void malformedAndOversizedBodiesAreProblems() {
        ZaloEvents.postSigned("{not json", "mac=" + "a".repeat(64)).statusCode(400)
                .contentType("application/problem+json").body("type", containsString("malformed-json"));
        ZaloEvents.postSigned("[1,2]", "mac=" + "a".repeat(64)).statusCode(400);
        ZaloEvents.postSigned("{\"event_name\":\"follow\"}", "mac=" + "a".repeat(64)).statusCode(400)
                .body("detail", containsString("timestamp"));
        String huge = ZaloEvents.text("u-huge", "x".repeat(17000));
        ZaloEvents.post(huge).statusCode(413).contentType("application/problem+json");
        assertThat(Db.count("select count(*) from zalo_inbox")).isZero();
    }

    @Test
    void redeliveriesAreAcknowledgedAndProcessedOnce() {
        String body = ZaloEvents.text("u-redeliver", "xin chào");
        ZaloEvents.post(body).statusCode(200).body("message", equalTo("accepted"));
        ZaloEvents.post(body).statusCode(200).body("message", equalTo("duplicate"));
        ZaloEvents.awaitIdle();
        ZaloEvents.post(body).statusCode(200).body("message", equalTo("duplicate"));
        String follow = ZaloEvents.event("follow", "u-redeliver", "\"source\":\"oa_profile\"");
        ZaloEvents.post(follow).statusCode(200).body("message", equalTo("accepted"));
        ZaloEvents.post(follow).statusCode(200).body("message", equalTo("duplicate"));
        ZaloEvents.awaitIdle();
        assertThat(Db.count("select count(*) from zalo_inbox")).isEqualTo(2);
        assertThat(ZaloEvents.replies("u-redeliver")).hasSize(2);
    }

    @Test
    void unknownEventsAreStoredAndIgnored() {
        ZaloEvents.post(ZaloEvents.event("user_reacted_message_v9", "u-unknown", "\"reaction\":{\"icon\":\"/-heart\"}"))
                .statusCode(200);
        ZaloEvents.awaitIdle();
        assertThat(Db.column("select event_name || ':' || state from zalo_inbox"))
                .containsExactly("user_reacted_message_v9:ignored");
        assertThat(ZaloEvents.replies("u-unknown")).isEmpty();
    }

    @Test
    void probesAndDomainVerificationAnswer() {
        RestAssured.get("/zalo/webhook").then().statusCode(200);
        RestAssured.head("/zalo/webhook").then().statusCode(200);
        RestAssured.get("/zalo_verifierAbC123xyz.html").then().statusCode(200)
                .body(containsString("content=\"AbC123xyz\""));
        RestAssured.get("/zalo_verifierOTHER.html").then().statusCode(404).contentType("application/problem+json");
        RestAssured.get("/").then().statusCode(200)
                .body(containsString("<meta name=\"zalo-platform-site-verification\" content=\"AbC123xyz\">"))
                .body(containsString("/sandbox/chat")).body(containsString("/miniapp/"));
    }

    @Test
    void sandboxRecordIsListedNewestFirst() {
        ZaloEvents.deliver(ZaloEvents.text("u-list", "hướng dẫn"));
        ZaloEvents.deliver(ZaloEvents.text("u-list", "cảm ơn"));
        RestAssured.given().queryParam("recipient", "u-list").get("/api/sandbox/v1/messages").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].text", containsString("Rất vui được hỗ trợ"))
                .body("[0].channel", equalTo("oa_cs")).body("[1].payload.message.attachment.payload.buttons",
                        not(hasSize(0)))
                .body("[1].recipient", equalTo("u-list")).body("[1].createdAt", not(equalTo(null)));
    }
}
