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

/** Officers answer the conversations of their subtree's citizens inside Zalo's 48-hour window. */
@QuarkusTest
class InboxPagesTest {
    static final Class<?> DB = PostgresTest.class;
    static final String HOA = "zu-hoa";
    static final String CUONG = "zu-cuong";

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        cleanUp();
        citizen(HOA, "Trần Thị Hoa", "1 hour", AdminPagesTest.IN_COMMUNE, "Cho tôi hỏi hồ sơ đất");
        citizen(CUONG, "Lê Văn Cường", "3 days", AdminPagesTest.IN_OTHER_COMMUNE, "Hồ sơ của tôi sao rồi");
    }

    @AfterEach
    void cleanUp() {
        Db.execute("delete from zalo_conversation; delete from zalo_inbox; delete from zalo_sandbox_message; delete from zalo_user");
    }

    private static void citizen(String id, String name, String lastSeen, String dossier, String text) {
        Db.execute("insert into zalo_user (zalo_user_id, display_name, last_interaction_at, followed) values ('" + id + "', '"
                + name + "', now() - interval '" + lastSeen + "', true)");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source) select id, '" + id
                + "', 'bot' from dossier where code = '" + dossier + "'");
        Db.execute("insert into zalo_conversation (zalo_user_id, state, last_user_message_at, last_user_message, human_requested_at) "
                + "values ('" + id + "', 'human', now() - interval '" + lastSeen + "', '" + text + "', now() - interval '" + lastSeen + "')");
        Db.execute("insert into zalo_inbox (dedupe_key, event_name, zalo_user_id, raw_body, state) values ('" + id + "-1', "
                + "'user_send_text', '" + id + "', '{\"event_name\":\"user_send_text\",\"message\":{\"text\":\"" + text
                + "\"}}', 'processed')");
    }

    @Test
    void aCommuneOfficerSeesAndAnswersOnlyTheCommunesCitizens() {
        String cookie = session("canbo");
        String token = csrf(cookie);
        get(cookie, "/admin/inbox").statusCode(200).body(containsString("Trần Thị Hoa")).body(containsString("Đang mở"))
                .body(not(containsString("Lê Văn Cường")));
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
