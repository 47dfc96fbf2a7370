package vn.motcua.zalo.support;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import vn.motcua.support.Db;
import vn.motcua.zalo.webhook.WebhookSignature;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds webhook events as Zalo sends them, signs them like Zalo, and waits for the bot. */
public final class ZaloEvents {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());

    private ZaloEvents() {
    }

    public static void reset() {
        Db.reset();
        Db.execute("truncate zalo_inbox, zalo_user, zalo_conversation, zalo_delivery_receipt, zalo_sandbox_message, "
                + "zalo_token, dossier_subscription, citizen, zalo_oauth_state, zalo_reply, zalo_alarm, news_subscription restart identity");
    }

    public static String text(String user, String text) {
        long n = SEQUENCE.incrementAndGet();
        return """
                {"app_id":"%s","sender":{"id":"%s"},"user_id_by_app":"77%s","recipient":{"id":"388613280878808645"},\
                "event_name":"user_send_text","message":{"text":"%s","msg_id":"m%d"},"timestamp":"%d"}"""
                .formatted(ZaloTestProfile.APP_ID, user, user, text.replace("\"", "\\\""), n, n);
    }

    public static String image(String user, String url) {
        long n = SEQUENCE.incrementAndGet();
        return """
                {"app_id":"%s","sender":{"id":"%s"},"recipient":{"id":"388613280878808645"},\
                "event_name":"user_send_image","message":{"msg_id":"i%d","text":"",\
                "attachments":[{"type":"image","payload":{"url":"%s","thumbnail":"%s"}}]},"timestamp":"%d"}"""
                .formatted(ZaloTestProfile.APP_ID, user, n, url, url, n);
    }

    /** An event without msg_id (follow, submit info...): deduplicated on name + user + timestamp. */
    public static String event(String name, String user, String extraJson) {
        long n = SEQUENCE.incrementAndGet();
        String who = name.equals("follow") || name.equals("unfollow")
                ? "\"follower\":{\"id\":\"" + user + "\"},\"oa_id\":\"388613280878808645\""
                : "\"sender\":{\"id\":\"" + user + "\"},\"recipient\":{\"id\":\"388613280878808645\"}";
        return "{\"app_id\":\"" + ZaloTestProfile.APP_ID + "\"," + who + ",\"event_name\":\"" + name + "\""
                + (extraJson.isEmpty() ? "" : "," + extraJson) + ",\"timestamp\":\"" + n + "\"}";
    }

    /**
     * A delivery or seen receipt as Zalo sends it: the OA is the sender, the citizen (or, for a template by phone,
     * the phone) the recipient.
     */
    public static String receipt(String name, String citizen, String messageJson) {
        long n = SEQUENCE.incrementAndGet();
        return "{\"app_id\":\"" + ZaloTestProfile.APP_ID + "\",\"sender\":{\"id\":\"388613280878808645\"},"
                + "\"recipient\":{\"id\":\"" + citizen + "\"},\"event_name\":\"" + name + "\",\"message\":" + messageJson
                + ",\"timestamp\":\"" + n + "\"}";
    }

    public static ValidatableResponse post(String body) {
        return postSigned(body, signature(body, ZaloTestProfile.OA_SECRET_KEY));
    }

    public static ValidatableResponse postSigned(String body, String signature) {
        var request = RestAssured.given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("X-ZEvent-Signature", signature);
        }
        return request.post("/zalo/webhook").then();
    }

    public static String signature(String body, String secret) {
        String timestamp = body.replaceAll(".*\"timestamp\":\"(\\d+)\".*", "$1");
        return WebhookSignature.header(ZaloTestProfile.APP_ID, body.getBytes(StandardCharsets.UTF_8), timestamp, secret);
    }

    /** Posts the event and waits until the bot has finished with it. */
    public static void deliver(String body) {
        post(body).statusCode(200);
        awaitIdle();
    }

    public static void awaitIdle() {
        awaitCount("select count(*) from zalo_inbox where state in ('pending', 'processing')", 0);
    }

    public static void awaitCount(String sql, long expected) {
        awaitCount(sql, expected, Duration.ofSeconds(15));
    }

    public static void awaitCount(String sql, long expected, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Db.count(sql) != expected && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(Db.count(sql)).as(sql).isEqualTo(expected);
    }

    /** The texts the bot sent to a user, oldest first. */
    public static List<String> replies(String user) {
        return Db.column("select coalesce(text, payload) from zalo_sandbox_message where recipient = '" + user
                + "' order by id");
    }

    public static List<String> payloads(String user) {
        return Db.column("select payload from zalo_sandbox_message where recipient = '" + user + "' order by id");
    }
}
