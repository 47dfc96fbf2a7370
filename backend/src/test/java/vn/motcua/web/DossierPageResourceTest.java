package vn.motcua.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The page a receipt's QR code opens outside Zalo. Without a configured Mini App, always the page. */
@QuarkusTest
class DossierPageResourceTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";
    static final String ZALO_UA = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Zalo android/12345 ZaloTheme/light";

    @BeforeEach
    void seed() {
        Db.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "2", "20261204170000")).statusCode(200);
    }

    static String token() {
        return RestAssured.given().header("X-Api-Key", Api.KEY).get("/api/integration/v1/dossiers/{code}/link", CODE)
                .then().extract().path("token");
    }

    @Test
    void withAValidTokenThePageShowsTheFullDetail() {
        RestAssured.given().queryParam("t", token()).get("/tra-cuu/{code}", CODE).then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Được tiếp nhận"))
                .body(containsString("Nguyễn Văn Bình"))
                .body(containsString("*******678"))
                .body(not(containsString("<script")));
    }

    @Test
    void withoutATokenOnlyThePublicViewAndATamperedTokenIsSaidToBeInvalid() {
        RestAssured.get("/tra-cuu/{code}", CODE).then().statusCode(200)
                .body(containsString("Nguyễn V** B")).body(not(containsString("Nguyễn Văn Bình")))
                .body(not(containsString("Liên kết không hợp lệ")));
        RestAssured.given().queryParam("t", "k1.AAAAAAAAAAAAAAAAAAAAAA").get("/tra-cuu/{code}", CODE).then()
                .statusCode(200).body(containsString("Liên kết không hợp lệ")).body(not(containsString("Nguyễn Văn Bình")));
    }

    @Test
    void anUnknownCodeIsAPlain404Page() {
        RestAssured.get("/tra-cuu/{code}", "000.00.22.H12-261120-9999").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Không tìm thấy hồ sơ"));
    }

    @Test
    void withoutAConfiguredMiniAppZaloAlsoGetsThePage() {
        RestAssured.given().redirects().follow(false).header("User-Agent", ZALO_UA).get("/tra-cuu/{code}", CODE)
                .then().statusCode(200);
    }

    @Test
    void theSearchFormLeadsToTheDossier() {
        RestAssured.get("/tra-cuu").then().statusCode(200).body(containsString("Mã hồ sơ"));
        RestAssured.given().redirects().follow(false).queryParam("ma", CODE).get("/tra-cuu").then()
                .statusCode(303).header("Location", containsString("/tra-cuu/" + CODE));
    }
}
