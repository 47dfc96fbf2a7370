package vn.motcua.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.motcua.support.MiniAppProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;


import static org.hamcrest.Matchers.equalTo;

/** With a Mini App configured, Zalo's in-app browser goes on to the Mini App; other browsers get the page. */
@QuarkusTest
@TestProfile(MiniAppProfile.class)
class MiniAppRedirectTest {
    static final Class<?> DB = PostgresTest.class;


    @Test
    void zaloUserAgentIsRedirectedWithCodeAndToken() {
        Db.reset();
        String code = "000.00.22.H12-261120-0007";
        Api.postDvcqg(Api.dvcqgDossier(code, "2", "20261204170000")).statusCode(200);
        String token = DossierPageResourceTest.token();
        RestAssured.given().redirects().follow(false).header("User-Agent", DossierPageResourceTest.ZALO_UA)
                .queryParam("t", token).get("/tra-cuu/{code}", code).then().statusCode(302)
                .header("Location", equalTo("https://zalo.me/s/3141592653589793/dossier?code=" + code + "&t=" + token));
        RestAssured.given().redirects().follow(false).header("User-Agent", "Mozilla/5.0 (iPhone) Safari/604.1")
                .queryParam("t", token).get("/tra-cuu/{code}", code).then().statusCode(200);
    }
}
