package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.csrf;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.post;
import static vn.motcua.admin.AdminFixture.session;

/** The procedure catalogue in the settings: search, edit (completing a placeholder), import a JSON file; audited. */
@QuarkusTest
class ProcedureCatalogueStoreTest {
    static final Class<?> DB = PostgresTest.class;
    static final String LAND = "1.001612";
    static final String PLACEHOLDER = "2.000635";

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        Db.execute("insert into procedure (code, name, field_code, field_name, processing_days, fees, search_text) values ('"
                + LAND + "', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'G09-TN01', 'Đất đai', 30, '100.000 đồng', "
                + "'cap giay chung nhan quyen su dung dat lan dau dat dai')");
        Db.execute("insert into procedure (code, name, placeholder) values ('" + PLACEHOLDER + "', '" + PLACEHOLDER + "', true)");
    }

    static long id(String code) {
        return Db.count("select id from procedure where code = '" + code + "'");
    }

    static ValidatableResponse upload(String cookie, String token, String json) {
        var request = RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie)
                .multiPart("tep", "thu-tuc.json", json.getBytes(StandardCharsets.UTF_8), "application/json");
        if (token != null) {
            request.multiPart("csrf", token);
        }
        return request.post("/admin/settings/procedures/import").then();
    }

    @Test
    void listsSearchesAndCompletesAPlaceholder() {
        String cookie = session("quantri");
        get(cookie, "/admin/settings/procedures").statusCode(200).body(containsString(LAND))
                .body(containsString("Tạm tạo từ hồ sơ, cần bổ sung")).body(containsString("enctype=\"multipart/form-data\""));
        get(cookie, "/admin/settings/procedures?q=dat dai").statusCode(200).body(containsString("data-code=\"" + LAND + "\""))
                .body(not(containsString("data-code=\"" + PLACEHOLDER + "\"")));
        get(cookie, "/admin/settings/procedures?q=2.000").body(containsString("data-code=\"" + PLACEHOLDER + "\""))
                .body(not(containsString("data-code=\"" + LAND + "\"")));
        get(cookie, "/admin/settings/procedures/" + id(LAND)).statusCode(200)
                .body(containsString("value=\"Cấp giấy chứng nhận quyền sử dụng đất lần đầu\""));
        String token = csrf(cookie);
        post(cookie, "/admin/settings/procedures/" + id(PLACEHOLDER), "csrf", token, "ten", "Đăng ký khai sinh",
                "linhvuc", "Hộ tịch", "songay", "3", "phi", "", "giayto", "Tờ khai đăng ký khai sinh\r\n\r\n Giấy chứng sinh ")
                .statusCode(303).header("Location", containsString("daluu=1"));
        assertThat(Db.column("select name || '|' || field_name || '|' || processing_days || '|' || required_documents || '|' "
                + "|| placeholder || '|' || search_text || '|' || coalesce(fees, '-') from procedure where code = '" + PLACEHOLDER + "'"))
                .containsExactly("Đăng ký khai sinh|Hộ tịch|3|Tờ khai đăng ký khai sinh\nGiấy chứng sinh|false|dang ky khai sinh ho tich|-");
        assertThat(Db.column("select action || ' ' || target || ' ' || before_state from audit_log"))
                .singleElement().asString().startsWith("procedure-edit procedure:2.000635 placeholder, name=2.000635");
        RestAssured.get("/api/public/v1/procedures?q=khai sinh").then().statusCode(200).body(containsString("Đăng ký khai sinh"));
        get(cookie, "/admin/settings/procedures?daluu=1").body(containsString("Đã lưu thủ tục."));
    }

    @Test
    void badEditsAreA4xx() {
        String cookie = session("quantri");
        String token = csrf(cookie);
        String path = "/admin/settings/procedures/" + id(LAND);
        post(cookie, path, "csrf", token, "ten", " ", "songay", "3").statusCode(400);
        post(cookie, path, "csrf", token, "ten", "Tên", "songay", "ba ngày").statusCode(400);
        post(cookie, path, "csrf", token, "ten", "Tên", "songay", "-1").statusCode(400);
        post(cookie, path, "csrf", token, "ten", "x".repeat(501)).statusCode(400);
        post(cookie, "/admin/settings/procedures/999999", "csrf", token, "ten", "Tên").statusCode(404);
        get(cookie, "/admin/settings/procedures/999999").statusCode(404);
        get(cookie, "/admin/settings/procedures/abc").statusCode(404);
        get(cookie, "/admin/settings/procedures?trang=99999999").statusCode(200).body(containsString("Không có thủ tục nào."));
        get(cookie, "/admin/settings/procedures?trang=x").statusCode(400);
        assertThat(Db.column("select name from procedure where code = '" + LAND + "'"))
                .containsExactly("Cấp giấy chứng nhận quyền sử dụng đất lần đầu");
        assertThat(Db.count("select count(*) from audit_log")).isZero();
    }

    @Test
    void importsTheNationalSyncShapeAndAPlainArray() {
        String cookie = session("quantri");
        String token = csrf(cookie);
        String national = """
                {"service": "DongBoTTHC", "data": [
                  {"MaTTHC": "1.001612", "TenTTHC": "Đăng ký đất đai lần đầu", "processingDays": "25"},
                  {"MaTTHC": "1.000894", "TenTTHC": "Đăng ký kết hôn", "MaLinhVuc": "HT", "TenLinhVuc": "Hộ tịch",
                   "processingDays": 5, "fees": "", "requiredDocuments": ["Tờ khai đăng ký kết hôn", "Giấy xác nhận tình trạng hôn nhân"]}
                ]}""";
        upload(cookie, token, national).statusCode(303)
                .header("Location", containsString("/admin/settings/procedures?moi=1&capnhat=1&giunguyen=0"));
        assertThat(Db.column("select code || '|' || name || '|' || field_name || '|' || processing_days || '|' || coalesce(fees, '-') "
                + "|| '|' || search_text from procedure where code in ('1.001612', '1.000894') order by code")).containsExactly(
                "1.000894|Đăng ký kết hôn|Hộ tịch|5|-|dang ky ket hon ho tich",
                "1.001612|Đăng ký đất đai lần đầu|Đất đai|25|100.000 đồng|dang ky dat dai lan dau dat dai");
        assertThat(Db.column("select required_documents from procedure where code = '1.000894'"))
                .containsExactly("Tờ khai đăng ký kết hôn\nGiấy xác nhận tình trạng hôn nhân");
        get(cookie, "/admin/settings/procedures?moi=1&capnhat=1&giunguyen=0").statusCode(200)
                .body(containsString("Đã nhập danh mục: 1 thủ tục mới, 1 thủ tục cập nhật, 0 thủ tục không thay đổi."));
        upload(cookie, token, national).statusCode(303).header("Location", containsString("moi=0&capnhat=0&giunguyen=2"));
        upload(cookie, token, "[{\"code\": \"2.000635\", \"name\": \"Cấp bản sao trích lục hộ tịch\", \"processingDays\": null}]")
                .statusCode(303).header("Location", containsString("moi=0&capnhat=1&giunguyen=0"));
        assertThat(Db.count("select count(*) from procedure where placeholder")).isZero();
        assertThat(Db.column("select action || ' ' || after_state from audit_log order by id")).containsExactly(
                "procedure-import created=1, updated=1, unchanged=0; codes=1.001612, 1.000894",
                "procedure-import created=0, updated=0, unchanged=2; codes=1.001612, 1.000894",
                "procedure-import created=0, updated=1, unchanged=0; codes=2.000635");
    }

    @Test
    void theLegalTimeLimitIsImportedUnderItsNationalName() {
        String cookie = session("quantri");
        String token = csrf(cookie);
        upload(cookie, token, """
                [{"MaTTHC": "1.004227", "TenTTHC": "Đăng ký biến động", "ThoiHanGiaiQuyet": "10 ngày làm việc"},
                 {"MaTTHC": "1.004269", "TenTTHC": "Cấp đổi giấy chứng nhận", "legalTimeLimitDays": 7}]""")
                .statusCode(303);
        assertThat(Db.column("select code || '|' || processing_days from procedure where code in ('1.004227', '1.004269') "
                + "order by code")).containsExactly("1.004227|10", "1.004269|7");
        upload(cookie, token, "[{\"MaTTHC\": \"1.0\", \"TenTTHC\": \"X\", \"ThoiHanGiaiQuyet\": \"4 giờ\"}]")
                .statusCode(400).body(containsString("không phải số ngày làm việc"));
    }

    @Test
    void aBadFileIsExplainedOnThePageAndNothingIsImported() {
        String cookie = session("quantri");
        String token = csrf(cookie);
        upload(cookie, token, "{\"data\": [ {\"code\": \"1\"").statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Tệp không đúng định dạng JSON (lỗi ở dòng 1")).body(containsString("danh mục chưa thay đổi"));
        upload(cookie, token, "{\"thutuc\": []}").statusCode(400).body(containsString("Tệp phải là một mảng JSON các thủ tục"));
        upload(cookie, token, "[]").statusCode(400).body(containsString("Tệp không có thủ tục nào."));
        upload(cookie, token, "[] []").statusCode(400).body(containsString("Tệp không đúng định dạng JSON"));
        upload(cookie, token, "").statusCode(400).body(containsString("Vui lòng chọn tệp JSON"));
        upload(cookie, token, "\u0000\u00ff garbage").statusCode(400).body(containsString("Tệp không đúng định dạng JSON"));
        upload(cookie, token, """
                [{"code": "3.1"}, {"name": "Không mã"}, 5, {"code": "3.2", "name": "Sai số ngày", "processingDays": "ba"},
                 {"code": "3.3", "name": {"vi": "x"}}, {"code": "3.4", "name": "Một"}, {"code": "3.4", "name": "Hai"},
                 {"code": "3.5", "name": "Quá lâu", "processingDays": 99999}]""").statusCode(400)
                .body(containsString("Thủ tục thứ 1 (3.1): Thiếu tên thủ tục."))
                .body(containsString("Thủ tục thứ 2: Thiếu mã thủ tục."))
                .body(containsString("Thủ tục thứ 3: không phải một đối tượng JSON."))
                .body(containsString("Thủ tục thứ 4: thời hạn giải quyết &quot;ba&quot; không phải số ngày"))
                .body(containsString("Thủ tục thứ 5: trường &quot;name&quot; phải là chuỗi ký tự."))
                .body(containsString("Thủ tục thứ 7 (3.4): mã thủ tục bị trùng trong tệp."))
                .body(containsString("Thủ tục thứ 8 (3.5): Thời hạn giải quyết phải từ 0 đến 3650 ngày làm việc."));
        assertThat(Db.count("select count(*) from procedure")).isEqualTo(2);
        assertThat(Db.count("select count(*) from audit_log")).isZero();
    }

    @Test
    void onlyAdministratorsWithTheCsrfTokenSeeOrChangeTheCatalogue() {
        for (String user : new String[] {"canbo", "giamsat"}) {
            String cookie = session(user);
            get(cookie, "/admin/settings/procedures").statusCode(403);
            post(cookie, "/admin/settings/procedures/" + id(LAND), "csrf", csrf(cookie), "ten", "Chiếm quyền").statusCode(403);
            upload(cookie, csrf(cookie), "[{\"code\": \"9.9\", \"name\": \"Chiếm quyền\"}]").statusCode(403);
        }
        String admin = session("quantri");
        post(admin, "/admin/settings/procedures/" + id(LAND), "ten", "Không token").statusCode(403);
        upload(admin, null, "[{\"code\": \"9.9\", \"name\": \"Không token\"}]").statusCode(403);
        upload(admin, "forged", "[{\"code\": \"9.9\", \"name\": \"Giả token\"}]").statusCode(403);
        assertThat(Db.count("select count(*) from procedure")).isEqualTo(2);
        assertThat(Db.column("select name from procedure where code = '" + LAND + "'"))
                .containsExactly("Cấp giấy chứng nhận quyền sử dụng đất lần đầu");
    }
}
