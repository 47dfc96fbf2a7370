package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.qr.QrPhotoDecoder;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.session;

/** Posters and desk standees: the officer's agency, two QR codes that read back to the OA and the lookup links. */
@QuarkusTest
class PromotionPagesTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    /** The link a page's QR code (data-qr="follow" or "lookup") carries, read back from its PNG by ZXing. */
    static String qr(String page, String which) {
        Matcher m = Pattern.compile("data-qr=\"" + which + "\" src=\"data:image/png;base64,([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("QR image " + which).isTrue();
        return new QrPhotoDecoder().decode(Base64.getDecoder().decode(m.group(1))).text();
    }

    @Test
    void anOfficerPrintsAnA4PosterWhoseCodesFollowTheOaAndOpenTheLookup() {
        Db.execute("update agency set hotline = '0252 3822 222' where code = '" + AdminFixture.COMMUNE + "'");
        String page = get(session("canbo"), "/admin/promotion").statusCode(200).extract().asString();
        assertThat(page).contains("UBND xã Hàm Thuận Bắc").contains("Bộ phận Một cửa").contains("Gọi <strong>0252 3822 222</strong>")
                .contains("Quét mã để quan tâm Zalo OA</strong> và nhận thông báo hồ sơ").contains("2. Tra cứu hồ sơ")
                .contains("Cách sử dụng").contains("@page { size: A4 portrait").contains("data-paper=\"A4\"")
                .contains("header, .noprint { display: none !important; }")
                .contains("Chưa cấu hình Mini App");
        assertThat(qr(page, "follow")).isEqualTo("https://zalo.me/sandbox-oa");
        assertThat(qr(page, "lookup")).isEqualTo("http://localhost:8080/tra-cuu");
    }

    @Test
    void a5PostersAndFoldedStandeesPrintToo() {
        String cookie = session("giamsat.phanthiet");
        String poster = get(cookie, "/admin/promotion?kho=A5").statusCode(200).extract().asString();
        assertThat(poster).contains("@page { size: A5 portrait").contains("data-paper=\"A5\"").contains("UBND phường Phan Thiết");
        assertThat(qr(poster, "follow")).isEqualTo("https://zalo.me/sandbox-oa");
        String standee = get(cookie, "/admin/promotion?mau=de-ban&kho=a5").statusCode(200).extract().asString();
        assertThat(standee).contains("data-layout=\"de-ban\"").contains("class=\"face back\"").contains("class=\"face front\"")
                .contains("Gấp theo đường này").contains("@page { size: A5 portrait");
        assertThat(qr(standee, "follow")).isEqualTo("https://zalo.me/sandbox-oa");
        assertThat(qr(standee, "lookup")).isEqualTo("http://localhost:8080/tra-cuu");
        get(cookie, "/admin/promotion?mau=de-ban&kho=A4").statusCode(200).body(containsString("@page { size: A4 portrait"));
    }

    @Test
    void unknownSizesAreA400AndEveryOfficerFindsThePageInTheMenu() {
        String cookie = session("canbo");
        get(cookie, "/admin/promotion?kho=A3").statusCode(400);
        get(cookie, "/admin/promotion?mau=to-roi").statusCode(400);
        get(cookie, "/admin").statusCode(200).body(containsString("href=\"/admin/promotion\""));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        RestAssured.given().redirects().follow(false).get("/admin/promotion?kho=A5").then().statusCode(302)
                .header("Location", containsString("/admin/login"));
    }
}
