package vn.motcua.notification;

import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.FakeZaloProfile;
import vn.motcua.zalo.support.LiveZaloData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.motcua.support.Eventually.within;

/**
 * From an intake status change to a message at the (fake) Zalo, through the outbox relay, the channel and
 * the real OA client; on the real PostgreSQL.
 */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class NotificationFlowTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0101";
    static final Duration WAIT = Duration.ofSeconds(15);
    private final FakeZalo zalo = FakeZalo.start();
    @jakarta.inject.Inject
    RetryLadderStore ladder;

    @BeforeEach
    void clean() {
        Db.reset();
        Db.execute("truncate zalo_user, dossier_subscription, zalo_delivery_receipt, zalo_token cascade");
        LiveZaloData.storeValidOaToken();
        Db.execute("update notification_retry_delay set delay = interval '10 seconds' where attempt = 1");
        ladder.forget();
        zalo.reset();
    }

    static String change(int status, String key, String extra) {
        return """
                {"code":"%s","procedureCode":"1.001612","procedureName":"Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
                 "agencyCode":"000.00.22.H12","agencyName":"UBND huyện Hàm Thuận Bắc",
                 "applicant":{"name":"Nguyễn Văn Bình","type":"citizen","phone":"0912345678"},
                 "status":%d,"eventKey":"%s","eventTime":"2026-11-20T0%d:00:00+07:00",
                 "receivedAt":"2026-11-20T08:00:00+07:00","dueAt":"2026-12-04T17:00:00+07:00"%s}"""
                .formatted(CODE, status, key, status, extra);
    }

    /**
     * A dossier that exists (submitted, no message) and a Zalo user following it who wrote to the OA {@code ago}. The
     * follower proved to be the applicant (the receipt's QR token, in the Mini App): these tests are about
     * channels, and only the applicant hears every detail (FollowerScopeTest has the strangers).
     */
    static void followedBy(String user, String ago) {
        Api.postOwn(change(1, "e1", "")).statusCode(200).body("applied", equalTo(1));
        Db.execute("insert into zalo_user (zalo_user_id, followed, last_interaction_at) values ('" + user
                + "', true, now() - interval '" + ago + "')");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source, applicant_proof) select id, '"
                + user + "', 'miniapp', 'qr-token' from dossier");
    }

    static List<String> statuses() {
        return Db.column("select kind || ' ' || status || ' ' || coalesce(channel, '-') from notification order by id");
    }

    @Test
    void insideTheWindowAFreeConsultationMessageGoesOnceWithTheLink() {
        followedBy("user-1", "1 hour");
        Api.postOwn(change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED sent consultation"));
        List<FakeZalo.Call> calls = zalo.calls(FakeZalo.CONSULTATION);
        assertThat(calls).hasSize(1);
        JsonObject message = calls.get(0).body().getJsonObject("message");
        assertThat(message.getString("text")).contains("Hồ sơ " + CODE).contains("đã được tiếp nhận")
                .contains("Ngày hẹn trả kết quả: 04/12/2026").contains("/tra-cuu/" + CODE);
        assertThat(calls.get(0).token()).isEqualTo("oa-token-1");
        assertThat(calls.get(0).body().getJsonObject("recipient").getString("user_id")).isEqualTo("user-1");
        RestAssured.given().header("X-Api-Key", Api.KEY).get("/api/integration/v1/dossiers/{code}/notifications", CODE)
                .then().statusCode(200).body("code", equalTo(CODE)).body("items", hasSize(1))
                .body("items[0].kind", equalTo("accepted")).body("items[0].status", equalTo("sent"))
                .body("items[0].estimatedCost", equalTo(0))
                .body("items[0].history.status", contains("created", "sent"));
    }

    @Test
    void outsideTheWindowATemplateGoesByUserIdWithItsParameters() {
        followedBy("user-2", "3 days");
        Api.postOwn(change(5, "e5", ",\"supplements\":[{\"items\":[\"Bản sao sổ hộ khẩu\",\"Trích đo địa chính\"]}]"))
                .statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("SUPPLEMENT_REQUIRED sent template_user"));
        JsonObject body = zalo.calls(FakeZalo.TEMPLATE_USER).get(0).body();
        assertThat(body.getString("template_id")).isEqualTo("sandbox-supplement-required");
        assertThat(body.getJsonObject("template_data").getString("ma_ho_so")).isEqualTo(CODE);
        assertThat(body.getJsonObject("template_data").getString("giay_to"))
                .isEqualTo("Bản sao sổ hộ khẩu; Trích đo địa chính");
        assertThat(Db.column("select estimated_cost from notification")).containsExactly("200");
        assertThat(zalo.calls(FakeZalo.CONSULTATION)).isEmpty();
    }

    @Test
    void theApplicantsConsentedPhoneGetsATemplateByPhoneTrackedByTheIdempotencyKey() {
        Api.postOwn(change(1, "e1", ",\"notificationConsent\":true")).statusCode(200);
        Api.postOwn(change(6, "e6", ",\"notificationConsent\":true,\"fees\":[{\"name\":\"Lệ phí cấp giấy\",\"amount\":1250000}]"))
                .statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("FEE_DUE sent template_phone"));
        JsonObject body = zalo.calls(FakeZalo.TEMPLATE_PHONE).get(0).body();
        assertThat(body.getString("phone")).isEqualTo("84912345678");
        // a currency parameter takes a bare integer (until typed parameters: "1.250.000 đồng", refused by Zalo, -1124)
        assertThat(body.getJsonObject("template_data").getString("so_tien")).isEqualTo("1250000");
        assertThat(body.getString("tracking_id")).isEqualTo(Db.column("select idempotency_key from notification").get(0))
                .hasSizeLessThanOrEqualTo(48);
    }

    @Test
    void withoutConsentOrFollowersNothingIsMadeAndAnUnfollowerIsUndeliverableWithTheReason() {
        Api.postOwn(change(1, "e1", "")).statusCode(200);
        Api.postOwn(change(2, "e2", "")).statusCode(200);
        Db.execute("insert into zalo_user (zalo_user_id, followed, unfollowed_at) values ('gone', false, now())");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source) select id, 'gone', 'bot' from dossier");
        Api.postOwn(change(3, "e3", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("REFUSED undeliverable -"));
        assertThat(Db.column("select status_reason from notification").get(0)).contains("bỏ quan tâm OA");
        assertThat(zalo.calls(FakeZalo.CONSULTATION)).isEmpty();
        assertThat(zalo.calls(FakeZalo.TEMPLATE_USER)).isEmpty();
    }

    @Test
    void outsideTheWindowZaloRefusalFallsBackToTheNextChannel() {
        followedBy("user-3", "1 hour");
        Db.execute("update zalo_user set phone = '84912345678', phone_consent_at = now()");
        zalo.script(FakeZalo.CONSULTATION, -230);
        zalo.script(FakeZalo.TEMPLATE_USER, -249);
        Api.postOwn(change(9, "e9", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("RESULT_READY sent template_phone"));
        assertThat(zalo.calls(FakeZalo.CONSULTATION)).hasSize(1);
        assertThat(zalo.calls(FakeZalo.TEMPLATE_USER)).hasSize(1);
        assertThat(zalo.calls(FakeZalo.TEMPLATE_PHONE)).hasSize(1);
    }

    @Test
    void aSecondChangeWithinTheHoldCancelsTheFirstMessage() {
        followedBy("user-4", "1 hour");
        Api.postOwn(change(5, "e5", "")).statusCode(200);
        Api.postOwn(change(6, "e6", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses())
                .containsExactly("SUPPLEMENT_REQUIRED cancelled -", "FEE_DUE sent consultation"));
        assertThat(zalo.calls(FakeZalo.CONSULTATION)).hasSize(1);
        assertThat(Db.column("select status_reason from notification order by id").get(0)).contains("mới hơn");
    }

    @Test
    void temporaryFailuresClimbTheLadderKeptInTheDatabaseThenSucceed() {
        Db.execute("update notification_retry_delay set delay = interval '1 second' where attempt = 1");
        ladder.forget();
        followedBy("user-5", "1 hour");
        zalo.script(FakeZalo.CONSULTATION, 503);
        Api.postOwn(change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED sent consultation"));
        assertThat(Db.column("select attempts from notification")).containsExactly("2");
        assertThat(Db.column("select status from notification_status_change order by id"))
                .containsExactly("created", "temporary-failure", "sent");
    }

    @Test
    void pastTheLastRungATemporaryFailureBecomesATechnicalFailure() {
        Db.execute("update notification_retry_delay set delay = interval '1 second' where attempt = 1");
        followedBy("user-6", "1 hour");
        zalo.script(FakeZalo.CONSULTATION, 502, 502, 502, 502, 502, 502, 502);
        // attempts 2.. have no rung in this test: the ladder is cut to one step
        Db.execute("delete from notification_retry_delay where attempt > 1");
        ladder.forget();
        try {
            Api.postOwn(change(2, "e2", "")).statusCode(200);
            within(Duration.ofSeconds(90), () -> assertThat(statuses()).containsExactly("ACCEPTED technical-failure consultation"));
            assertThat(Db.column("select failure_class || ' ' || attempts from notification"))
                    .containsExactly("technical 2");
        } finally {
            Db.execute("insert into notification_retry_delay (attempt, delay) values (2, '1 minute'), (3, '5 minutes'), "
                    + "(4, '30 minutes'), (5, '2 hours') on conflict do nothing");
            ladder.forget();
        }
    }

    @Test
    void zaloNightRefusalDefersToTheMorning() {
        Api.postOwn(change(1, "e1", ",\"notificationConsent\":true")).statusCode(200);
        zalo.script(FakeZalo.TEMPLATE_PHONE, -133);
        Api.postOwn(change(2, "e2", ",\"notificationConsent\":true")).statusCode(200);
        within(WAIT, () -> assertThat(Db.column("select status || ' ' || (next_attempt_at > now() + interval '1 minute') "
                + "|| ' ' || to_char(next_attempt_at at time zone 'Asia/Ho_Chi_Minh', 'HH24:MI') from notification"))
                .containsExactly("created true 00:00"));
        assertThat(Db.column("select status_reason from notification").get(0)).contains("ban đêm");
    }

    @Test
    void receiptsMoveSentToDeliveredThenSeen() {
        followedBy("user-7", "1 hour");
        Api.postOwn(change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED sent consultation"));
        String messageId = Db.column("select provider_message_id from notification").get(0);
        WebhookCalls.post("user_received_message", "user-7", messageId);
        within(WAIT, () -> assertThat(Db.column("select status from notification")).containsExactly("delivered"));
        WebhookCalls.post("user_seen_message", "user-7", messageId);
        within(WAIT, () -> assertThat(Db.column("select status from notification")).containsExactly("seen"));
        assertThat(Db.column("select status from notification_status_change order by id"))
                .containsExactly("created", "sent", "delivered", "seen");
        // Zalo sends receipts with the OA as sender: they are filed under the citizen, not the OA
        assertThat(Db.column("select distinct zalo_user_id from zalo_delivery_receipt")).containsExactly("user-7");
        assertThat(Db.column("select distinct zalo_user_id from zalo_inbox")).containsExactly("user-7");
    }

    @Test
    void anOutboxRowRelayedTwiceMakesNoSecondMessage() {
        followedBy("user-8", "1 hour");
        Api.postOwn(change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED sent consultation"));
        Db.execute("update outbox set processed_at = null");
        within(WAIT, () -> assertThat(Db.count("select count(*) from outbox where processed_at is null")).isZero());
        assertThat(statuses()).containsExactly("ACCEPTED sent consultation");
        assertThat(zalo.calls(FakeZalo.CONSULTATION)).hasSize(1);
    }
}
