package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.motcua.admin.AdminFixture.agencyId;
import static vn.motcua.admin.AdminFixture.csrf;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.post;
import static vn.motcua.admin.AdminFixture.session;

/** Supervisors write and publish announcements in their subtree; citizens read the published ones. */
@QuarkusTest
class AnnouncementPagesTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    private static long lastId() {
        return Db.count("select max(id) from announcement");
    }

    @Test
    void categoriesFilterTheCitizensListAndThePreviewShowsTheExactZaloMessage() {
        String cookie = session("giamsat");
        String token = csrf(cookie);
        String commune = String.valueOf(agencyId(AdminFixture.COMMUNE));
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Hỗ trợ vốn vay khởi nghiệp", "noidung",
                "Doanh nghiệp nhỏ và vừa đăng ký trước ngày 31/12.", "donvi", commune, "chuyenmuc", "business")
                .statusCode(303).header("Location", containsString("#xemtruoc"));
        long business = lastId();
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Lịch nghỉ Tết", "noidung", "Bộ phận một cửa nghỉ từ 14/2.",
                "donvi", commune).statusCode(303);
        long general = lastId();
        get(cookie, "/admin/announcements/" + business).statusCode(200)
                .body(containsString("[Hỗ trợ đầu tư, doanh nghiệp] Hỗ trợ vốn vay khởi nghiệp\n\nDoanh nghiệp nhỏ và vừa"))
                .body(containsString("ký tự"))
                .body(containsString("<option value=\"business\" selected>"))
                .body(containsString("Đăng thông báo trước khi gửi tin."));
        post(cookie, "/admin/announcements/" + business + "/publish", "csrf", token).statusCode(303);
        post(cookie, "/admin/announcements/" + general + "/publish", "csrf", token).statusCode(303);
        RestAssured.get("/api/public/v1/announcements?category=business").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].category", org.hamcrest.Matchers.equalTo("business"))
                .body("items[0].categoryLabel", org.hamcrest.Matchers.equalTo("Hỗ trợ đầu tư, doanh nghiệp"));
        RestAssured.get("/api/public/v1/announcements").then().body("items", hasSize(2))
                .body("items.category", org.hamcrest.Matchers.containsInAnyOrder("business", "general"));
        RestAssured.get("/api/public/v1/announcements?category=tin-vui").then().statusCode(400)
                .contentType("application/problem+json");
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Sai", "noidung", "Sai", "donvi", commune,
                "chuyenmuc", "khac").statusCode(400);
    }

    @Test
    void theZaloMessageOfALongAnnouncementStaysWithinTwoThousandCharacters() {
        String body = "Nội dung rất dài. ".repeat(400);
        String text = vn.motcua.announcement.AnnouncementMessage.text(vn.motcua.announcement.AnnouncementCategory.PROCEDURES,
                "Thủ tục mới", body);
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(2000);
        assertThat(text).startsWith("[Thủ tục hành chính] Thủ tục mới").endsWith("(xem đầy đủ trong Mini App)");
    }

    @Test
    void aSupervisorWritesPublishesAndWithdrawsAndCitizensSeeOnlyThePublished() {
        String cookie = session("giamsat");
        String token = csrf(cookie);
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Lịch tiếp dân tháng 12", "noidung", "Thứ Hai hằng tuần",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE))).statusCode(303);
        long id = lastId();
        RestAssured.get("/api/public/v1/announcements").then().statusCode(200).body("items", hasSize(0));
        post(cookie, "/admin/announcements/" + id + "/publish", "csrf", token).statusCode(303);
        RestAssured.get("/api/public/v1/announcements?limit=20").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", org.hamcrest.Matchers.equalTo((int) id))
                .body("items[0].title", org.hamcrest.Matchers.equalTo("Lịch tiếp dân tháng 12"))
                .body("items[0].body", org.hamcrest.Matchers.equalTo("Thứ Hai hằng tuần"))
                .body("items[0].agencyName", org.hamcrest.Matchers.equalTo("UBND xã Hàm Thuận Bắc"))
                .body("items[0].publishedAt", notNullValue());
        post(cookie, "/admin/announcements/" + id, "csrf", token, "tieude", "Lịch tiếp dân (sửa)", "noidung", "Thứ Ba",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE))).statusCode(303);
        get(cookie, "/admin/announcements/" + id).statusCode(200).body(containsString("Lịch tiếp dân (sửa)"));
        post(cookie, "/admin/announcements/" + id + "/unpublish", "csrf", token).statusCode(303);
        RestAssured.get("/api/public/v1/announcements").then().body("items", hasSize(0));
        post(cookie, "/admin/announcements/" + id + "/delete", "csrf", token).statusCode(303);
        assertThat(Db.count("select count(*) from announcement")).isZero();
        assertThat(Db.column("select action from audit_log order by id")).containsExactly("announcement-create",
                "announcement-publish", "announcement-update", "announcement-unpublish", "announcement-delete");
    }

    @Test
    void thePublicListIsNewestFirstWithoutExpiredOnesAndLimited() {
        Db.execute("insert into announcement (title, body, published_at, expires_at) values "
                + "('Cũ', 'a', now() - interval '3 days', null), ('Mới', 'b', now() - interval '1 hour', null), "
                + "('Hết hạn', 'c', now() - interval '2 days', now() - interval '1 day'), ('Hẹn giờ', 'd', now() + interval '1 day', null), "
                + "('Nháp', 'e', null, null)");
        RestAssured.get("/api/public/v1/announcements").then().statusCode(200)
                .body("items.title", contains("Mới", "Cũ")).body("items[0].agencyName", org.hamcrest.Matchers.nullValue());
        RestAssured.get("/api/public/v1/announcements?limit=1").then().body("items.title", contains("Mới"));
        RestAssured.get("/api/public/v1/announcements?limit=0").then().statusCode(400);
        RestAssured.get("/api/public/v1/announcements?limit=abc").then().statusCode(400);
    }

    @Test
    void scopeRolesAndCsrfAreEnforced() {
        String other = session("giamsat.phanthiet");
        post(other, "/admin/announcements", "csrf", csrf(other), "tieude", "Tin phường", "noidung", "Nội dung",
                "donvi", String.valueOf(agencyId(AdminFixture.OTHER_COMMUNE))).statusCode(303);
        long id = lastId();
        String cookie = session("giamsat");
        String token = csrf(cookie);
        get(cookie, "/admin/announcements").statusCode(200).body(not(containsString("Tin phường")));
        get(cookie, "/admin/announcements/" + id).statusCode(404);
        post(cookie, "/admin/announcements/" + id + "/publish", "csrf", token).statusCode(404);
        post(cookie, "/admin/announcements/" + id + "/delete", "csrf", token).statusCode(404);
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Lấn sân", "noidung", "x",
                "donvi", String.valueOf(agencyId(AdminFixture.OTHER_COMMUNE))).statusCode(404);
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Toàn tỉnh", "noidung", "x").statusCode(403);
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "", "noidung", "x",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE))).statusCode(400);
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Ngày sai", "noidung", "x", "hethan", "mai",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE))).statusCode(400);
        post(cookie, "/admin/announcements/" + id + "/publish").statusCode(403);
        get(session("canbo"), "/admin/announcements").statusCode(403);
        String admin = session("quantri");
        post(admin, "/admin/announcements", "csrf", csrf(admin), "tieude", "Toàn tỉnh", "noidung", "Cho mọi người").statusCode(303);
        get(admin, "/admin/announcements").statusCode(200).body(containsString("Tin phường")).body(containsString("Toàn tỉnh"));
        assertThat(Db.count("select count(*) from announcement where published_at is not null")).isZero();
        assertThat(Db.count("select count(*) from announcement where agency_id is null")).isEqualTo(1);
    }

    @Test
    void aCommunesAdministratorNeitherSeesNorWritesProvinceWideAnnouncements() {
        String province = session("quantri");
        post(province, "/admin/announcements", "csrf", csrf(province), "tieude", "Thông báo toàn tỉnh", "noidung", "Cho mọi người")
                .statusCode(303);
        long provinceWide = lastId();
        String cookie = session("quantri.xa");
        String token = csrf(cookie);
        get(cookie, "/admin/announcements").statusCode(200).body(not(containsString("Thông báo toàn tỉnh")))
                .body(not(containsString("<option value=\"\">Toàn tỉnh</option>")));
        get(cookie, "/admin/announcements/" + provinceWide).statusCode(404);
        post(cookie, "/admin/announcements/" + provinceWide + "/publish", "csrf", token).statusCode(404);
        post(cookie, "/admin/announcements/" + provinceWide + "/push", "csrf", token).statusCode(404);
        post(cookie, "/admin/announcements/" + provinceWide + "/delete", "csrf", token).statusCode(404);
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Cả tỉnh", "noidung", "x").statusCode(403);
        String commune = String.valueOf(agencyId(AdminFixture.COMMUNE));
        post(cookie, "/admin/announcements", "csrf", token, "tieude", "Tin xã", "noidung", "x", "donvi", commune).statusCode(303);
        long own = lastId();
        // moving its own announcement to the whole province is refused too
        post(cookie, "/admin/announcements/" + own, "csrf", token, "tieude", "Tin xã", "noidung", "x").statusCode(403);
        assertThat(Db.column("select title || ' ' || coalesce(agency_id::text, 'tỉnh') || ' ' || (published_at is not null) "
                + "from announcement order by id")).containsExactly("Thông báo toàn tỉnh tỉnh false", "Tin xã " + commune + " false");
        get(province, "/admin/announcements").statusCode(200).body(containsString("<option value=\"\">Toàn tỉnh</option>"));
    }
}
