package vn.motcua.zalo.reply;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.notification.RetryLadderStore;
import vn.motcua.support.Db;
import vn.motcua.support.Metrics;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.alarm.ZaloAlarms;
import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.FakeZaloProfile;
import vn.motcua.zalo.support.LiveZaloData;
import vn.motcua.zalo.support.ZaloEvents;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.motcua.support.Eventually.within;

/**
 * The bot's replies against a fake Zalo that fails as Zalo does, through the real webhook and the real OA client:
 * a reply is never lost (503s, a dead token, a crash) nor sent twice beyond what was in flight, keeps its order, and
 * is given up only when pointless, then shown to officers. Until replies were kept in the database, a reply that met
 * two 503s was never sent.
 */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class ChatRepliesTest {
    static final Class<?> DB = PostgresTest.class;
    static final Duration WAIT = Duration.ofSeconds(20);
    private final FakeZalo zalo = FakeZalo.start();
    @Inject
    RetryLadderStore ladder;
    @Inject
    ZaloAlarms alarms;

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
        Db.execute("truncate notification, announcement_push cascade");
        LiveZaloData.storeValidOaToken();
        Db.execute("update notification_retry_delay set delay = interval '1 second' where attempt in (1, 2)");
        ladder.forget();
        alarms.reload().await().atMost(Duration.ofSeconds(5));
        zalo.reset();
    }

    @AfterEach
    void restoreLadder() {
        LiveZaloData.restoreDefaultRetryLadder();
        ladder.forget();
    }

    private List<String> textsTo(String user) {
        return zalo.calls(FakeZalo.CONSULTATION).stream()
                .filter(c -> c.body().getJsonObject("recipient").getString("user_id").equals(user))
                .map(c -> c.body().getJsonObject("message").getString("text")).toList();
    }

    private static List<String> replies() {
        return Db.column("select status || ' ' || coalesce(failure_class, '-') || ' ' || attempts from zalo_reply order by id");
    }

    @Test
    void aReplyThatMeetsTwo503sIsDeliveredOnceZaloRecovers() {
        zalo.script(FakeZalo.CONSULTATION, 503, 503);
        ZaloEvents.post(ZaloEvents.text("u-503", "hướng dẫn")).statusCode(200);
        within(WAIT, () -> assertThat(replies()).containsExactly("sent - 3"));
        assertThat(textsTo("u-503")).hasSize(3).allSatisfy(text -> assertThat(text).contains("Bạn có thể"));
        assertThat(Db.column("select state from zalo_inbox")).containsExactly("processed");
        assertThat(Db.count("select count(*) from zalo_reply where provider_message_id like 'fake-%'")).isEqualTo(1);
    }

    @Test
    void aCitizensRepliesKeepTheirOrderWhenTheFirstMeetsAFailure() {
        zalo.script(FakeZalo.CONSULTATION, 502);
        ZaloEvents.post(ZaloEvents.text("u-order", "hướng dẫn")).statusCode(200);
        ZaloEvents.awaitIdle();
        ZaloEvents.post(ZaloEvents.text("u-order", "cảm ơn")).statusCode(200);
        within(WAIT, () -> assertThat(replies()).containsExactly("sent - 2", "sent - 1"));
        List<String> texts = textsTo("u-order");
        assertThat(texts).hasSize(3);
        assertThat(texts.get(1)).contains("Bạn có thể");
        assertThat(texts.get(2)).startsWith("Rất vui được hỗ trợ");
    }

    @Test
    void aReplyThatMeetsADeadTokenWaitsAndGoesOutAfterAnAdministratorReconnects() {
        AdminFixture.seed();
        zalo.killToken("oa-token-1");
        zalo.oauth.refuseTokens(-14005);
        ZaloEvents.post(ZaloEvents.text("u-dead", "hướng dẫn")).statusCode(200);
        within(WAIT, () -> assertThat(replies()).containsExactly("temporary-failure oa-disconnected 1"));
        assertThat(Db.column("select kind || ' ' || code from zalo_alarm where cleared_at is null"))
                .containsExactly("oa-disconnected -14005");
        String cookie = AdminFixture.session("quantri");
        AdminFixture.get(cookie, "/admin").statusCode(200).body(containsString("Official Account mất kết nối"))
                .body(containsString("-14005"));
        Metrics.read()
                .body(containsString("motcua_zalo_alarm_active{kind=\"oa-disconnected\"} 1.0"));
        // the dead refresh token is not offered to Zalo again on every attempt
        assertThat(zalo.calls(FakeZalo.TOKEN)).hasSize(1);

        AdminFixture.post(cookie, "/admin/zalo/tokens", "csrf", AdminFixture.csrf(cookie), "access_token", "oa-token-2",
                "refresh_token", "refresh-2", "expires_in", "90000").statusCode(303);
        within(WAIT, () -> assertThat(replies()).containsExactly("sent - 2"));
        assertThat(zalo.calls(FakeZalo.CONSULTATION).stream().map(FakeZalo.Call::token).toList())
                .containsExactly("oa-token-1", "oa-token-2");
        assertThat(Db.count("select count(*) from zalo_alarm where cleared_at is null")).isZero();
    }

    @Test
    void aCrashLosesNoReplyAndRepeatsAtMostTheOneInFlight() {
        String body = "{\"recipient\":{\"user_id\":\"u-crash\"},\"message\":{\"text\":\"Trả lời %s\"}}";
        Db.execute("insert into zalo_user (zalo_user_id, last_interaction_at) values ('u-crash', now())");
        // one reply was being sent when the process died (its lease ran out), one had not been tried yet
        Db.execute("insert into zalo_reply (zalo_user_id, body, preview, status, attempts, lease_until) values "
                + "('u-crash', '" + body.formatted("một") + "', 'Trả lời một', 'sending', 1, now() - interval '1 second'), "
                + "('u-crash', '" + body.formatted("hai") + "', 'Trả lời hai', 'created', 0, null)");
        within(WAIT, () -> assertThat(replies()).containsExactly("sent - 2", "sent - 1"));
        assertThat(textsTo("u-crash")).containsExactly("Trả lời một", "Trả lời hai");
    }

    @Test
    void aReplyIsGivenUpOnlyWhenPointlessAndThenShownInTheInbox() {
        AdminFixture.seed();
        // outside the interaction window Zalo refuses consultation messages: no retry can change that
        zalo.script(FakeZalo.CONSULTATION, -230);
        ZaloEvents.post(ZaloEvents.text("u-late", "hướng dẫn")).statusCode(200);
        within(WAIT, () -> assertThat(replies()).containsExactly("failed window-closed 1"));
        // a reply still failing temporarily when the citizen's 7-day window ends is given up without a call
        Db.execute("insert into zalo_user (zalo_user_id, display_name, last_interaction_at) "
                + "values ('u-week', 'Nguyễn Thị Tuần', now() - interval '8 days')");
        Db.execute("insert into zalo_reply (zalo_user_id, body, preview, status, attempts, failure_class, next_attempt_at) values "
                + "('u-week', '{\"recipient\":{\"user_id\":\"u-week\"},\"message\":{\"text\":\"Muộn\"}}', 'Muộn', "
                + "'temporary-failure', 4, 'temporary', now())");
        within(WAIT, () -> assertThat(replies()).containsExactly("failed window-closed 1", "failed window-closed 5"));
        assertThat(textsTo("u-week")).isEmpty();
        assertThat(Db.column("select zalo_user_id || ' ' || state from zalo_conversation order by zalo_user_id"))
                .containsExactly("u-late human", "u-week human");
        String cookie = AdminFixture.session("quantri");
        AdminFixture.get(cookie, "/admin/inbox").statusCode(200).body(containsString("Nguyễn Thị Tuần"))
                .body(containsString("1 tin trả lời tự động không gửi được"));
        AdminFixture.get(cookie, "/admin/inbox/u-late").statusCode(200).body(containsString("Trợ lý tự động"))
                .body(containsString("Không gửi được: Quá thời hạn Zalo cho phép trả lời"));
    }

    @Test
    void rateLimitsAndUnavailabilityClimbTheLadderWithoutGivingUp() {
        // a ladder of two one-second rungs: past its end a reply keeps the last rung instead of being given up
        Db.execute("delete from notification_retry_delay where attempt > 2");
        ladder.forget();
        zalo.script(FakeZalo.CONSULTATION, -32, 500, -32, 503);
        ZaloEvents.post(ZaloEvents.text("u-busy", "cảm ơn")).statusCode(200);
        within(Duration.ofSeconds(40), () -> assertThat(replies()).containsExactly("sent - 5"));
        assertThat(Db.column("select count(*) from zalo_reply where status = 'failed'")).containsExactly("0");
    }
}
