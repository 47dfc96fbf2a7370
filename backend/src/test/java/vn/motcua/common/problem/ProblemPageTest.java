package vn.motcua.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Officers' browsers get errors as a Vietnamese page; API clients and public paths keep problem+json. */
@QuarkusTest
class ProblemPageTest {
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String OTHER_COMMUNE_DOSSIER = "000.10.00.H36-261110-0021";

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    @Test
    void aBrowserOutsideTheSubtreeGetsAReadableNotFoundPageWithoutTheDossier() {
        String cookie = AdminFixture.session("canbo");
        RestAssured.given().cookie("motcua-admin", cookie).accept(BROWSER_ACCEPT)
                .get("/admin/dossiers/{code}", OTHER_COMMUNE_DOSSIER).then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>Không tìm thấy hồ sơ</h1>")).body(containsString("href=\"/admin\""))
                .body(not(containsString("Lê Văn Cường")));
    }

    @Test
    void anExpiredFormInABrowserExplainsWhatToDo() {
        String cookie = AdminFixture.session("canbo");
        RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie).accept(BROWSER_ACCEPT)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", "stale")
                .post("/admin/logout").then().statusCode(403).contentType(startsWith("text/html"))
                .body(containsString("Vui lòng tải lại trang và thử lại."));
    }

    @Test
    void apiClientsAndPublicPathsKeepProblemJson() {
        String cookie = AdminFixture.session("canbo");
        RestAssured.given().cookie("motcua-admin", cookie)
                .get("/admin/dossiers/{code}", OTHER_COMMUNE_DOSSIER).then().statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
        RestAssured.given().accept(BROWSER_ACCEPT).get("/api/public/v1/dossiers/{code}", "khong-co-ma-nay").then()
                .statusCode(greaterThanOrEqualTo(400)).contentType(startsWith(Problem.MEDIA_TYPE));
    }
}
