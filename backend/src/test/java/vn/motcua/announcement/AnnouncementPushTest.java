package vn.motcua.announcement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.notification.RetryLadderStore;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.FakeZaloProfile;
import vn.motcua.zalo.support.LiveZaloData;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.motcua.admin.AdminFixture.csrf;
import static vn.motcua.admin.AdminFixture.post;
import static vn.motcua.admin.AdminFixture.session;
import static vn.motcua.support.Eventually.within;

/**
 * A published announcement pushed by a supervisor reaches, once, the OA's followers who opted in to its category
 * and are inside the 48-hour window, and nobody else (an opt-out, another category, no opt-in), through the real
 * OA client against the fake Zalo; refusals are classified and kept.
 */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class AnnouncementPushTest {
    static final Class<?> DB = PostgresTest.class;
    static final Duration WAIT = Duration.ofSeconds(20);
    private final FakeZalo zalo = FakeZalo.start();
    @Inject
    RetryLadderStore ladder;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        Db.execute("truncate zalo_user, zalo_token, news_subscription cascade");
        LiveZaloData.storeValidOaToken();
        Db.execute("update notification_retry_delay set delay = interval '10 seconds' where attempt = 1");
        ladder.forget();
        zalo.reset();
        Db.execute("insert into zalo_user (zalo_user_id, followed, last_interaction_at) values "
                + "('in-window', true, now() - interval '3 hours'), ('refuses', true, now() - interval '47 hours'), "
                + "('busy-zalo', true, now() - interval '1 hour'), ('too-old', true, now() - interval '49 hours'), "
                + "('unfollowed', false, now() - interval '1 hour'), ('other-commune', true, now() - interval '2 hours'), "
                + "('not-opted-in', true, now() - interval '1 hour'), ('procedures-only', true, now() - interval '1 hour')");
        // a commune's announcement goes to the followers linked to the commune: here, those following its dossier
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source) select d.id, u.zalo_user_id, 'bot' "
                + "from dossier d, zalo_user u where d.agency_id = " + AdminFixture.agencyId(AdminFixture.COMMUNE)
                + " and u.zalo_user_id <> 'other-commune'");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source) select d.id, 'other-commune', 'bot' "
                + "from dossier d where d.agency_id = " + AdminFixture.agencyId(AdminFixture.OTHER_COMMUNE));
        // news goes only to those who asked for its category (until opt-in existed: to every follower in the window)
        Db.execute("insert into news_subscription (zalo_user_id, category, source) select u, 'business', 'bot' from "
                + "unnest(array['in-window', 'refuses', 'busy-zalo', 'too-old', 'unfollowed', 'other-commune']) u");
        Db.execute("insert into news_subscription (zalo_user_id, category, source) values ('procedures-only', "
                + "'procedures', 'miniapp'), ('not-opted-in', 'business', 'bot')");
        Db.execute("update news_subscription set active = false where zalo_user_id = 'not-opted-in'");
    }

    private static long published(String cookie, String token, String category) {
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Hỗ trợ vốn vay", "noidung", "Đăng ký trước 31/12.",
                "donvi", String.valueOf(AdminFixture.agencyId(AdminFixture.COMMUNE)), "chuyenmuc", category).statusCode(303);
        long id = Db.count("select max(id) from announcement");
        post(cookie, "/admin/announcements/" + id + "/publish", "csrf", token).statusCode(303);
        return id;
    }

    private static String status(String user) {
        return String.join(" ", Db.column("select status || coalesce(' ' || failure_class, '') from announcement_push "
                + "where zalo_user_id = '" + user + "'"));
    }

    @Test
    void followersInsideTheWindowGetItOnceAndRefusalsAreClassified() {
        zalo.script(FakeZalo.CONSULTATION, 0, -230, 503);
        String cookie = session("giamsat");
        String token = csrf(cookie);
        long id = published(cookie, token, "business");
        post(cookie, "/admin/announcements/" + id + "/push", "csrf", token).statusCode(303)
                .header("Location", containsString("?dagui=3"));
        post(cookie, "/admin/announcements/" + id + "/push", "csrf", token).statusCode(303)
                .header("Location", containsString("?dagui=0"));

        within(WAIT, () -> assertThat(Db.count("select count(*) from announcement_push where status = 'sending' "
                + "or status = 'created'")).isZero());
        assertThat(Db.column("select zalo_user_id from announcement_push order by zalo_user_id"))
                .containsExactly("busy-zalo", "in-window", "refuses");
        // the fake answers in call order: the oldest queued row (by id) got success, then -230, then 503
        assertThat(Db.column("select status || ' ' || coalesce(failure_class, '-') from announcement_push order by id"))
                .containsExactly("sent -", "permanent-failure permanent", "temporary-failure temporary");
        assertThat(Db.column("select status_reason from announcement_push where status = 'permanent-failure'").get(0))
                .startsWith("Ngoài thời gian được phép nhắn tin tư vấn");
        assertThat(Db.column("select status_reason from announcement_push where status = 'temporary-failure'").get(0))
                .contains("thử lại sau 10 giây");
        var first = zalo.calls(FakeZalo.CONSULTATION).get(0);
        assertThat(first.token()).isEqualTo("oa-token-1");
        assertThat(first.body().getJsonObject("message").getString("text"))
                .startsWith("[Hỗ trợ đầu tư, doanh nghiệp] Hỗ trợ vốn vay\n\nĐăng ký trước 31/12.");
        assertThat(Db.column("select action || ' ' || after_state from audit_log where action = 'announcement-push' order by id"))
                .containsExactly("announcement-push queued=3", "announcement-push queued=0");
        AdminFixture.get(cookie, "/admin/announcements/" + id).statusCode(200).body(containsString("Zalo từ chối"))
                .body(containsString("Đã gửi")).body(containsString("Lỗi tạm thời, sẽ gửi lại"));
    }

    @Test
    void aCommunesAnnouncementReachesOnlyItsFollowersAndAProvinceWideOneReachesAll() {
        // these general notices go to those who opted in to general news (all but the unfollowed, the too old ones)
        Db.execute("insert into news_subscription (zalo_user_id, category, source) select u, 'general', 'bot' from "
                + "unnest(array['in-window', 'refuses', 'busy-zalo', 'too-old', 'unfollowed', 'other-commune']) u");
        String cookie = session("quantri.xa");
        String token = csrf(cookie);
        long commune = published(cookie, token, "general");
        post(cookie, "/admin/announcements/" + commune + "/push", "csrf", token).statusCode(303)
                .header("Location", containsString("?dagui=3"));
        assertThat(Db.column("select zalo_user_id from announcement_push where announcement_id = " + commune
                + " order by zalo_user_id")).containsExactly("busy-zalo", "in-window", "refuses");

        String province = session("quantri");
        String provinceToken = csrf(province);
        post(province, "/admin/announcements", "csrf", provinceToken, "tieude", "Lịch nghỉ Tết", "noidung", "Nghỉ từ 14/2.")
                .statusCode(303);
        long all = Db.count("select max(id) from announcement");
        post(province, "/admin/announcements/" + all + "/publish", "csrf", provinceToken).statusCode(303);
        post(province, "/admin/announcements/" + all + "/push", "csrf", provinceToken).statusCode(303)
                .header("Location", containsString("?dagui=4"));
        assertThat(Db.column("select zalo_user_id from announcement_push where announcement_id = " + all
                + " order by zalo_user_id")).containsExactly("busy-zalo", "in-window", "other-commune", "refuses");
    }

    @Test
    void onlyAShownAnnouncementIsPushedAndOneWithdrawnMeanwhileIsCancelled() {
        String cookie = session("giamsat");
        String token = csrf(cookie);
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Bản nháp", "noidung", "Chưa đăng",
                "donvi", String.valueOf(AdminFixture.agencyId(AdminFixture.COMMUNE))).statusCode(303);
        long draft = Db.count("select max(id) from announcement");
        post(cookie, "/admin/announcements/" + draft + "/push", "csrf", token).statusCode(409);
        assertThat(Db.count("select count(*) from announcement_push")).isZero();

        Db.execute("insert into announcement_push (announcement_id, zalo_user_id) values (" + draft + ", 'in-window')");
        within(WAIT, () -> assertThat(status("in-window")).isEqualTo("cancelled"));
        assertThat(zalo.calls(FakeZalo.CONSULTATION)).isEmpty();
        String other = session("giamsat.phanthiet");
        post(other, "/admin/announcements/" + draft + "/push", "csrf", csrf(other)).statusCode(404);
    }
}
