package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.csrf;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.post;
import static vn.motcua.admin.AdminFixture.session;

/**
 * Officers answer the conversations about their subtree's dossiers inside Zalo's 48-hour window; conversations
 * about no dossier belong to the root agency (the province). A commune's administrator sees no more than its
 * officers.
 */
@QuarkusTest
class InboxPagesTest {
    static final Class<?> DB = PostgresTest.class;
    static final String HOA = "zu-hoa";
    static final String CUONG = "zu-cuong";
    static final String GENERAL = "zu-chung";

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        cleanUp();
        citizen(HOA, "Trần Thị Hoa", "1 hour", AdminPagesTest.IN_COMMUNE, "Cho tôi hỏi hồ sơ đất");
        citizen(CUONG, "Lê Văn Cường", "3 days", AdminPagesTest.IN_OTHER_COMMUNE, "Hồ sơ của tôi sao rồi");
        citizen(GENERAL, "Võ Thị Chung", "2 hours", null, "Làm sổ đỏ cần giấy tờ gì?");
    }

    @AfterEach
    void cleanUp() {
        Db.execute("delete from zalo_conversation; delete from zalo_inbox; delete from zalo_sandbox_message; delete from zalo_user");
    }

    private static void citizen(String id, String name, String lastSeen, String dossier, String text) {
        Db.execute("insert into zalo_user (zalo_user_id, display_name, last_interaction_at, followed) values ('" + id + "', '"
                + name + "', now() - interval '" + lastSeen + "', true)");
        // everyone follows a dossier of the commune: following is not what puts a conversation in an officer's inbox
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source) select id, '" + id
                + "', 'bot' from dossier where code = '" + AdminPagesTest.IN_COMMUNE + "'");
        Db.execute("insert into zalo_conversation (zalo_user_id, state, last_user_message_at, last_user_message, human_requested_at, "
                + "dossier_id) values ('" + id + "', 'human', now() - interval '" + lastSeen + "', '" + text + "', now() - interval '"
                + lastSeen + "', (select id from dossier where code = " + (dossier == null ? "null" : "'" + dossier + "'") + "))");
        Db.execute("insert into zalo_inbox (dedupe_key, event_name, zalo_user_id, raw_body, state) values ('" + id + "-1', "
                + "'user_send_text', '" + id + "', '{\"event_name\":\"user_send_text\",\"message\":{\"text\":\"" + text
                + "\"}}', 'processed')");
    }

    @Test
    void aCommuneOfficerSeesAndAnswersOnlyTheCommunesCitizens() {
        String cookie = session("canbo");
        String token = csrf(cookie);
        get(cookie, "/admin/inbox").statusCode(200).body(containsString("Trần Thị Hoa")).body(containsString("Đang mở"))
                .body(containsString(AdminPagesTest.IN_COMMUNE))
                .body(not(containsString("Lê Văn Cường"))).body(not(containsString("Võ Thị Chung")));
        get(cookie, "/admin/inbox/" + HOA).statusCode(200).body(containsString("Cho tôi hỏi hồ sơ đất"));
        get(cookie, "/admin/inbox/" + CUONG).statusCode(404);
        post(cookie, "/admin/inbox/" + CUONG + "/reply", "csrf", token, "noidung", "Xin chào").statusCode(404);
        post(cookie, "/admin/inbox/" + CUONG + "/close", "csrf", token).statusCode(404);
        post(cookie, "/admin/inbox/" + HOA + "/reply", "csrf", token, "noidung", "Chào chị, hồ sơ đang được xử lý.")
                .statusCode(303);
        assertThat(Db.column("select recipient || ': ' || text from zalo_sandbox_message"))
                .containsExactly(HOA + ": Chào chị, hồ sơ đang được xử lý.");
        get(cookie, "/admin/inbox/" + HOA).statusCode(200).body(containsString("Chào chị, hồ sơ đang được xử lý."))
                .body(containsString("Lê Văn Cán Bộ"));
        post(cookie, "/admin/inbox/" + HOA + "/bot", "csrf", token).statusCode(303);
        assertThat(Db.column("select state from zalo_conversation where zalo_user_id = '" + HOA + "'")).containsExactly("bot");
        post(cookie, "/admin/inbox/" + HOA + "/close", "csrf", token).statusCode(404);
        assertThat(Db.column("select action || ' ' || target from audit_log order by id"))
                .containsExactly("inbox-reply zalo:" + HOA, "inbox-hand-back zalo:" + HOA);
    }

    @Test
    void aCommuneAdministratorSeesOnlyItsSubtreeAndTheProvinceSeesEverything() {
        String cookie = session("quantri.xa");
        String token = csrf(cookie);
        get(cookie, "/admin/inbox").statusCode(200).body(containsString("Trần Thị Hoa"))
                .body(not(containsString("Lê Văn Cường"))).body(not(containsString("Võ Thị Chung")));
        for (String other : new String[]{CUONG, GENERAL}) {
            get(cookie, "/admin/inbox/" + other).statusCode(404).body(not(containsString("Hồ sơ của tôi sao rồi")));
            post(cookie, "/admin/inbox/" + other + "/reply", "csrf", token, "noidung", "Xin chào").statusCode(404);
            post(cookie, "/admin/inbox/" + other + "/bot", "csrf", token).statusCode(404);
        }
        assertThat(Db.count("select count(*) from zalo_sandbox_message")).isZero();
        assertThat(Db.count("select count(*) from zalo_conversation where state = 'human'")).isEqualTo(3);

        String province = session("quantri");
        get(province, "/admin/inbox").statusCode(200).body(containsString("Trần Thị Hoa"))
                .body(containsString("Lê Văn Cường")).body(containsString("Võ Thị Chung"));
        get(province, "/admin/inbox/" + GENERAL).statusCode(200).body(containsString("Làm sổ đỏ cần giấy tờ gì?"))
                .body(containsString("không gắn với hồ sơ nào"));
        // the province's officers answer the general questions too, not only its administrator
        AdminFixture.officer("canbo.tinh", "Mai Văn Tỉnh", "officer", AdminFixture.PROVINCE);
        get(session("canbo.tinh"), "/admin/inbox").statusCode(200).body(containsString("Võ Thị Chung"))
                .body(containsString("Lê Văn Cường"));
    }

    @Test
    void theWindowTheLengthAndTheCsrfTokenAreChecked() {
        String cookie = session("quantri");
        String token = csrf(cookie);
        get(cookie, "/admin/inbox").statusCode(200).body(containsString("Lê Văn Cường")).body(containsString("Đã đóng"));
        post(cookie, "/admin/inbox/" + CUONG + "/reply", "csrf", token, "noidung", "Muộn rồi").statusCode(409);
        post(cookie, "/admin/inbox/" + HOA + "/reply", "csrf", token, "noidung", "x".repeat(2001)).statusCode(400);
        post(cookie, "/admin/inbox/" + HOA + "/reply", "csrf", token, "noidung", " ").statusCode(400);
        post(cookie, "/admin/inbox/" + HOA + "/reply", "noidung", "Không có mã").statusCode(403);
        post(cookie, "/admin/inbox/" + CUONG + "/close", "csrf", "forged").statusCode(403);
        assertThat(Db.count("select count(*) from zalo_sandbox_message")).isZero();
        post(cookie, "/admin/inbox/" + CUONG + "/close", "csrf", token).statusCode(303);
        assertThat(Db.column("select state || ' ' || coalesce(human_requested_at::text, '-') from zalo_conversation where zalo_user_id = '"
                + CUONG + "'")).containsExactly("bot -");
        assertThat(Db.column("select action from audit_log")).containsExactly("inbox-close");
    }
}
