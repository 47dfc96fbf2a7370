package vn.motcua.zalo.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Bad input that arrives correctly signed, through the real webhook: never a 500, never a row that fails or
 * stays open. Events the bot must not act on are acknowledged ("ignored") so that Zalo stops redelivering them.
 */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class WebhookBadInputTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
    }

    private static String textAt(String user, String text, String msgId, Instant at) {
        return """
                {"app_id":"%s","sender":{"id":"%s"},"recipient":{"id":"388613280878808645"},\
                "event_name":"user_send_text","message":{"text":"%s","msg_id":"%s"},"timestamp":"%d"}"""
                .formatted(ZaloTestProfile.APP_ID, user, text, msgId, at.toEpochMilli());
    }

    @Test
    void eventsDatedYearsOffAreAcknowledgedAndIgnored() {
        Instant now = Instant.now();
        ZaloEvents.post(textAt("u-old", "hướng dẫn", "old-1", now.minus(Duration.ofDays(3 * 365)))).statusCode(200)
                .body("error", equalTo(0)).body("message", equalTo("ignored"));
        ZaloEvents.post(textAt("u-old", "hướng dẫn", "old-2", now.minus(Duration.ofHours(30)))).statusCode(200)
                .body("message", equalTo("ignored"));
        ZaloEvents.post(textAt("u-old", "hướng dẫn", "future-1", now.plus(Duration.ofDays(2 * 365)))).statusCode(200)
                .body("message", equalTo("ignored"));
        ZaloEvents.post(textAt("u-old", "hướng dẫn", "future-2", now.plus(Duration.ofHours(1)))).statusCode(200)
                .body("message", equalTo("ignored"));
        assertThat(Db.count("select count(*) from zalo_inbox")).isZero();
        assertThat(ZaloEvents.replies("u-old")).isEmpty();
    }

    @Test
    void aRedeliveryTwelveHoursLateIsStillAnswered() {
        ZaloEvents.post(textAt("u-late", "hướng dẫn", "late-1", Instant.now().minus(Duration.ofHours(12))))
                .statusCode(200).body("message", equalTo("accepted"));
        ZaloEvents.post(textAt("u-late", "cảm ơn", "skew-1", Instant.now().plus(Duration.ofMinutes(2))))
                .statusCode(200).body("message", equalTo("accepted"));
        ZaloEvents.awaitIdle();
        assertThat(Db.column("select state from zalo_inbox")).containsExactly("processed", "processed");
        assertThat(ZaloEvents.replies("u-late")).hasSize(2);
    }

    @Test
    void aTimestampThatIsNotEpochMillisIsIgnored() {
        String body = textAt("u-ts", "hướng dẫn", "ts-1", Instant.now()).replaceAll("\"timestamp\":\"\\d+\"",
                "\"timestamp\":\"hôm nay\"");
        String signature = WebhookSignature.header(ZaloTestProfile.APP_ID,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "hôm nay", ZaloTestProfile.OA_SECRET_KEY);
        ZaloEvents.postSigned(body, signature).statusCode(200).body("message", equalTo("ignored"));
        assertThat(Db.count("select count(*) from zalo_inbox")).isZero();
    }

    @Test
    void aFiveThousandCharacterSenderOrATenThousandCharacterMsgIdIsIgnoredNotA500() {
        ZaloEvents.post(textAt("9".repeat(5000), "hướng dẫn", "long-sender", Instant.now())).statusCode(200)
                .body("message", equalTo("ignored"));
        ZaloEvents.post(textAt("u-long", "hướng dẫn", "m".repeat(10_000), Instant.now())).statusCode(200)
                .body("message", equalTo("ignored"));
        ZaloEvents.post(ZaloEvents.event("user_seen_message", "u-long",
                "\"message\":{\"msg_ids\":[\"" + "a".repeat(500) + "\"]}")).statusCode(200)
                .body("message", equalTo("ignored"));
        ZaloEvents.post(ZaloEvents.event("e".repeat(300), "u-long", "")).statusCode(200)
                .body("message", equalTo("ignored"));
        assertThat(Db.count("select count(*) from zalo_inbox")).isZero();
        // the door still works for the next, ordinary event
        ZaloEvents.deliver(textAt("u-long", "hướng dẫn", "ok-1", Instant.now()));
        assertThat(ZaloEvents.replies("u-long")).hasSize(1);
    }

    @Test
    void aNulInTheTextIsDroppedAndTheMessageIsAnswered() {
        Api.postDvcqg(Api.dvcqgDossier(CODE, "2", "20261204170000")).statusCode(200);
        ZaloEvents.deliver(textAt("u-nul", "tra cứu \\u0000" + CODE + "\\u0000\\u0007", "nul-1", Instant.now()));
        assertThat(Db.column("select state from zalo_inbox")).containsExactly("processed");
        assertThat(ZaloEvents.replies("u-nul")).singleElement().asString().contains("Hồ sơ " + CODE);
        assertThat(Db.column("select last_user_message from zalo_conversation where zalo_user_id = 'u-nul'"))
                .containsExactly("tra cứu " + CODE);
        ZaloEvents.deliver(ZaloEvents.event("user_submit_info", "u-nul",
                "\"info\":{\"name\":\"Bình\\u0000" + "x".repeat(400) + "\",\"phone\":\"0912\\u0000345678\"}"));
        assertThat(Db.column("select state from zalo_inbox order by id")).containsExactly("processed", "processed");
        assertThat(Db.column("select phone || ' ' || length(display_name) from zalo_user where zalo_user_id = 'u-nul'"))
                .containsExactly("84912345678 200");
    }

    @Test
    void rawControlBytesAndBrokenUtf8AreMalformedJsonNotA500() {
        byte[] body = textAt("u-raw", "a\u0000b", "raw-1", Instant.now()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        io.restassured.RestAssured.given().contentType("application/json").body(body)
                .header("X-ZEvent-Signature", "mac=" + "a".repeat(64)).post("/zalo/webhook").then().statusCode(400);
        byte[] broken = textAt("u-raw", "ab", "raw-2", Instant.now()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        broken[broken.length / 2] = (byte) 0xC3;
        broken[broken.length / 2 + 1] = (byte) 0x28;
        io.restassured.RestAssured.given().contentType("application/json").body(broken)
                .header("X-ZEvent-Signature", "mac=" + "a".repeat(64)).post("/zalo/webhook").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500));
        assertThat(Db.count("select count(*) from zalo_inbox")).isZero();
    }
}
