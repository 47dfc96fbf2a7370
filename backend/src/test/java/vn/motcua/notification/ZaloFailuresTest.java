package vn.motcua.notification;

import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.FakeZaloProfile;
import vn.motcua.zalo.support.LiveZaloData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.Metrics;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.alarm.ZaloAlarms;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.motcua.support.Eventually.within;

/**
 * Notifications against a fake Zalo that refuses as Zalo does: the token endpoint with several codes, billing
 * errors, typed template parameters, bursts of 5xx. Each time: nothing lost, nothing sent twice beyond what was in
 * flight, and the right alarm for the administrator.
 */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class ZaloFailuresTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = NotificationFlowTest.CODE;
    static final Duration WAIT = Duration.ofSeconds(20);
    private final FakeZalo zalo = FakeZalo.start();
    @Inject
    RetryLadderStore ladder;
    @Inject
    ZaloAlarms alarms;

    @BeforeEach
    void clean() {
        AdminFixture.seed();
        Db.execute("truncate zalo_user, dossier_subscription, zalo_delivery_receipt, zalo_token, zalo_alarm, zalo_reply, "
                + "notification cascade");
        LiveZaloData.storeValidOaToken();
        Db.execute("update notification_retry_delay set delay = interval '1 second'");
        ladder.forget();
        alarms.reload().await().atMost(Duration.ofSeconds(5));
        zalo.reset();
    }

    @AfterEach
    void restoreLadder() {
        LiveZaloData.restoreDefaultRetryLadder();
        ladder.forget();
    }

    /** The dossier exists (submitted) and a proven follower (QR token) last wrote {@code ago}. */
    private static void followedBy(String user, String ago) {
        Db.execute("insert into zalo_user (zalo_user_id, followed, last_interaction_at) values ('" + user
                + "', true, now() - interval '" + ago + "')");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source, applicant_proof) select id, '"
                + user + "', 'miniapp', 'qr-token' from dossier");
    }

    private static List<String> statuses() {
        return Db.column("select kind || ' ' || status || ' ' || coalesce(failure_class, '-') from notification order by id");
    }

    private static List<String> activeAlarms() {
        return Db.column("select kind || ' ' || code from zalo_alarm where cleared_at is null order by alarm_key");
    }

    @Test
    void everyRefusalOfTheTokenEndpointMakesMessagesWaitUntilTheOaIsConnectedAgain() {
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        followedBy("user-t", "1 hour");
        String cookie = AdminFixture.session("quantri");
        int[] codes = {-14002, -14005, -14004, -14018};
        int[] changes = {2, 5, 6, 7};
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            int sentBefore = i;
            zalo.killToken("oa-token-" + (i + 1));
            zalo.oauth.refuseTokens(code);
            Api.postOwn(NotificationFlowTest.change(changes[i], "e" + changes[i], "")).statusCode(200);
            within(WAIT, () -> assertThat(Db.column("select status || ' ' || coalesce(failure_class, '-') "
                    + "from notification order by id desc limit 1")).containsExactly("temporary-failure oa-disconnected"));
            assertThat(activeAlarms()).as("the code Zalo gave").containsExactly("oa-disconnected " + code);
            assertThat(Db.count("select count(*) from notification where status like '%-failure' "
                    + "and status <> 'temporary-failure'")).isZero();
            AdminFixture.get(cookie, "/admin/zalo").statusCode(200).body(containsString("Official Account mất kết nối"))
                    .body(containsString(String.valueOf(code)));
            RestAssured.get("/q/health/group/zalo").then().statusCode(503);
            AdminFixture.post(cookie, "/admin/zalo/tokens", "csrf", AdminFixture.csrf(cookie), "access_token",
                    "oa-token-" + (i + 2), "refresh_token", "refresh-" + (i + 2)).statusCode(303);
            within(WAIT, () -> assertThat(Db.count("select count(*) from notification where status = 'sent'"))
                    .isEqualTo(sentBefore + 1));
            assertThat(activeAlarms()).isEmpty();
        }
        // each message was sent once, with the token of the connection that revived it
        assertThat(Db.column("select kind from notification where status = 'sent' order by id"))
                .containsExactly("ACCEPTED", "SUPPLEMENT_REQUIRED", "FEE_DUE", "WITHDRAWN");
        assertThat(zalo.calls(FakeZalo.CONSULTATION).stream().filter(FakeZalo.Call::succeeded)
                .map(FakeZalo.Call::token).toList()).containsExactly("oa-token-2", "oa-token-3", "oa-token-4", "oa-token-5");
        RestAssured.get("/q/health/group/zalo").then().statusCode(200);
    }

    @Test
    void billingErrorsMakeMessagesWaitWithAnAlarmUntilTheProvinceHasPaid() {
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        followedBy("user-b", "3 days");
        // without the administrator, the next try would be an hour away
        Db.execute("update notification_retry_delay set delay = interval '1 hour' where attempt = 1");
        ladder.forget();
        zalo.script(FakeZalo.TEMPLATE_USER, -137);
        Api.postOwn(NotificationFlowTest.change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED temporary-failure billing"));
        assertThat(activeAlarms()).containsExactly("billing -137");
        String cookie = AdminFixture.session("canbo");
        AdminFixture.get(cookie, "/admin").statusCode(200).body(containsString("Tài khoản thanh toán Zalo (ZBS)"))
                .body(containsString("-137"));
        Metrics.read().body(containsString("motcua_zalo_alarm_active{kind=\"billing\"} 1.0"));
        // the province pays; the administrator says so: the message goes at once, and the alarm is over
        zalo.reset();
        String admin = AdminFixture.session("quantri");
        AdminFixture.post(admin, "/admin/zalo/alarms/billing/retry", "csrf", AdminFixture.csrf(admin)).statusCode(303);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED sent -"));
        assertThat(zalo.calls(FakeZalo.TEMPLATE_USER)).hasSize(1);
        assertThat(activeAlarms()).isEmpty();
    }

    @Test
    void aBillingErrorWithoutAccountClearsItselfWhenATemplateGoesThrough() {
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        followedBy("user-b2", "3 days");
        zalo.script(FakeZalo.TEMPLATE_USER, -135, -135);
        Api.postOwn(NotificationFlowTest.change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED sent -"));
        assertThat(zalo.calls(FakeZalo.TEMPLATE_USER)).hasSize(3);
        assertThat(Db.column("select kind || ' ' || code || ' ' || (cleared_at is not null) from zalo_alarm"))
                .containsExactly("billing -135 true");
    }

    @Test
    void zaloRefusingATypedParameterIsAConfigurationErrorNotRetried() {
        // Zalo approved the supplement template with a 30-character list of papers and a typed date
        zalo.template("sandbox-supplement-required", new FakeZalo.Param("ma_ho_so", "STRING", 30),
                new FakeZalo.Param("giay_to", "STRING", 30), new FakeZalo.Param("noi_nop", "STRING", 200),
                new FakeZalo.Param("duong_dan", "STRING", 200));
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        followedBy("user-c", "3 days");
        Api.postOwn(NotificationFlowTest.change(5, "e5",
                ",\"supplements\":[{\"items\":[\"Bản sao sổ hộ khẩu\",\"Trích đo địa chính thửa đất\"]}]")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("SUPPLEMENT_REQUIRED permanent-failure configuration"));
        assertThat(zalo.calls(FakeZalo.TEMPLATE_USER)).as("not retried blindly").hasSize(1);
        assertThat(Db.column("select status_reason from notification").get(0)).contains("Lỗi cấu hình mẫu tin")
                .contains("-1121");
        assertThat(activeAlarms()).containsExactly("template-config -1121");
        String cookie = AdminFixture.session("quantri");
        AdminFixture.get(cookie, "/admin").statusCode(200).body(containsString("Mẫu tin Zalo không khớp cấu hình"))
                .body(containsString("sandbox-supplement-required"));
        // the settings page reads the template from Zalo and shows where the mapping disagrees
        String check = AdminFixture.get(cookie, "/admin/settings/templates/supplement-required/check").statusCode(200)
                .extract().asString();
        assertThat(check).contains("1 điểm không khớp").contains("cấu hình cho phép dài tới 200 ký tự, Zalo chỉ nhận 30")
                .contains("Mẫu sandbox-supplement-required");
        assertThat(zalo.calls(FakeZalo.TEMPLATE_INFO)).hasSize(1);
    }

    @Test
    void aWrongTypeIsRefusedByZaloAndAValueThatCannotFitNeverLeaves() {
        zalo.template("sandbox-accepted", new FakeZalo.Param("ma_ho_so", "STRING", 30),
                new FakeZalo.Param("ten_thu_tuc", "STRING", 200), new FakeZalo.Param("ngay_hen_tra", "NUMBER", 20),
                new FakeZalo.Param("duong_dan", "STRING", 200));
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        followedBy("user-d", "3 days");
        Api.postOwn(NotificationFlowTest.change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).containsExactly("ACCEPTED permanent-failure configuration"));
        assertThat(activeAlarms()).containsExactly("template-config -1124");
        // a procedure name longer than the 200 characters of a text parameter: no silent cut, Zalo is not even asked
        String longName = "Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất ".repeat(3);
        String other = "000.00.22.H12-261120-0102";
        Api.postOwn(NotificationFlowTest.change(1, "o1", "").replace(CODE, other).replace("1.001612", "9.999999")
                .replace("Cấp giấy chứng nhận quyền sử dụng đất lần đầu", longName)).statusCode(200);
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source, applicant_proof) select id, "
                + "'user-d', 'miniapp', 'qr-token' from dossier where code = '" + other + "'");
        Api.postOwn(NotificationFlowTest.change(9, "o9", "").replace(CODE, other).replace("1.001612", "9.999999")
                .replace("Cấp giấy chứng nhận quyền sử dụng đất lần đầu", longName)).statusCode(200);
        within(WAIT, () -> assertThat(statuses()).hasSize(2).last().asString()
                .isEqualTo("RESULT_READY permanent-failure configuration"));
        assertThat(Db.column("select status_reason from notification order by id desc limit 1").get(0))
                .contains("ten_thu_tuc").contains("tối đa 200");
        assertThat(zalo.calls(FakeZalo.TEMPLATE_USER)).hasSize(1);
        assertThat(activeAlarms()).containsExactly("template-config -1124", "template-config 0");
    }

    @Test
    void aMessageKeptFromZaloByTheOpenCircuitGoesWhenItClosesWithoutClimbingTheLadder() {
        // ten rungs of a second: the tenth 503 in a row opens the circuit (zalo.circuit-failures), and an eleventh
        // attempt counted against the ladder would find no rung left and give the message up
        Db.execute("delete from notification_retry_delay");
        Db.execute("insert into notification_retry_delay (attempt, delay) "
                + "select n, interval '1 second' from generate_series(1, 10) n");
        ladder.forget();
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        followedBy("circuit-user", "1 hour");
        zalo.script(FakeZalo.CONSULTATION, 503, 503, 503, 503, 503, 503, 503, 503, 503, 503);
        Api.postOwn(NotificationFlowTest.change(2, "e2", "")).statusCode(200);

        within(Duration.ofSeconds(45), () -> assertThat(statuses()).containsExactly("ACCEPTED sent -"));
        assertThat(zalo.calls(FakeZalo.CONSULTATION)).hasSize(11);
        assertThat(Db.count("select attempts from notification")).isEqualTo(11);
        assertThat(Db.column("select detail from notification_status_change where detail like 'Tạm ngừng gọi Zalo%'"))
                .isNotEmpty();
    }

    @Test
    void aBurstOf5xxLosesNothingAndDuplicatesNothing() {
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        for (int i = 0; i < 20; i++) {
            followedBy("burst-" + i, "1 hour");
        }
        zalo.script(FakeZalo.CONSULTATION, 503, 503, 502, 503, 500, 503, 503, 502);
        Api.postOwn(NotificationFlowTest.change(2, "e2", "")).statusCode(200);
        within(WAIT, () -> assertThat(Db.count("select count(*) from notification where status = 'sent'")).isEqualTo(20));
        List<String> delivered = zalo.calls(FakeZalo.CONSULTATION).stream()
                .map(c -> c.body().getJsonObject("recipient").getString("user_id")).toList();
        assertThat(delivered).hasSize(28);
        assertThat(delivered.stream().distinct().count()).isEqualTo(20);
        assertThat(Db.count("select count(*) from notification_status_change where status = 'temporary-failure'"))
                .isEqualTo(8);
    }
}
