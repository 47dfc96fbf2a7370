package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** An officer's long text is a normal form, and a form too large for the server is a 413, never a 500. */
@QuarkusTest
class AdminLongFormTest {

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        Db.execute("delete from announcement");
    }

    @Test
    void anAnnouncementLongerThanTwoKilobytesIsSaved() {
        String cookie = AdminFixture.session("quantri");
        String body = "Thông báo lịch làm việc của Trung tâm Phục vụ hành chính công. ".repeat(60);
        assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(2048);
        AdminFixture.post(cookie, "/admin/announcements", Map.of("csrf", AdminFixture.csrf(cookie),
                "tieude", "Lịch làm việc", "noidung", body, "chuyenmuc", "general")).statusCode(303);
        assertThat(Db.count("select count(*) from announcement where length(body) > 2048")).isEqualTo(1);
    }

    @Test
    void aFieldBeyondTheServersLimitIsRefusedWithAProblem() {
        String cookie = AdminFixture.session("quantri");
        AdminFixture.post(cookie, "/admin/announcements", Map.of("csrf", AdminFixture.csrf(cookie),
                        "tieude", "x", "noidung", "a".repeat(300_000)))
                .statusCode(413).body(containsString("quá lớn"));
    }
}
