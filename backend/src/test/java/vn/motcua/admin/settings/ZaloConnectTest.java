package vn.motcua.admin.settings;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.auth.PasswordHasher;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.FakeZaloProfile;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The OA's first connection (PKCE S256) against a fake Zalo OAuth server, and pasting a pair. */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class ZaloConnectTest {
    static final Class<?> DB = PostgresTest.class;
    static final String PASSWORD = "Đúng@MậtKhẩu1";
    private final FakeZalo zalo = FakeZalo.start();
    private static String hash;

    @BeforeAll
    static void start() throws Exception {
        hash = PasswordHasher.hash(PASSWORD);
    }

    @BeforeEach
    void seed() {
        ZaloEvents.reset();
        zalo.reset();
        Db.execute("insert into agency(code, name) values ('000.00.00.H36', 'UBND tỉnh Lâm Đồng')");
        for (String[] o : new String[][] {{"quantri", "administrator"}, {"canbo", "officer"}}) {
            Db.execute("insert into officer(username, password_hash, full_name, role, agency_id) select '" + o[0] + "', '"
                    + hash + "', 'Nguyễn Thị " + o[0] + "', '" + o[1] + "', id from agency where code = '000.00.00.H36'");
        }
    }

    static String session(String user) {
        Response response = RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", user).formParam("j_password", PASSWORD).post("/j_security_check");
        assertThat(response.statusCode()).isEqualTo(302);
        return response.getCookie("motcua-admin");
    }

    static Map<String, String> query(String location) {
        Map<String, String> params = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private Map<String, String> startFlow(String cookie) {
        String location = RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie)
                .get("/admin/zalo/connect").then().statusCode(303).extract().header("Location");
        assertThat(location).startsWith(FakeZalo.url("/oauth") + "/v4/oa/permission?");
        Map<String, String> params = query(location);
        assertThat(params).containsEntry("app_id", ZaloTestProfile.APP_ID)
                .containsEntry("redirect_uri", ConfigProvider.getConfig().getValue("motcua.public-base-url", String.class)
                        + "/zalo/oauth/callback");
        assertThat(params.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        zalo.oauth.codeChallenge = params.get("code_challenge");
        return params;
    }

    private static io.restassured.response.ValidatableResponse callback(String code, String state) {
        return RestAssured.given().queryParam("code", code).queryParam("state", state)
                .queryParam("oa_id", FakeZaloProfile.OA_ID).get("/zalo/oauth/callback").then();
    }

    @Test
    void theAdministratorConnectsTheOaWithPkce() {
        String cookie = session("quantri");
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin/zalo").then().statusCode(200)
                .body(containsString("Chưa có cặp mã truy cập"));
        Map<String, String> params = startFlow(cookie);
        zalo.oauth.authorizationCode = "zalo-code-1";
        callback("zalo-code-1", params.get("state")).statusCode(200).body(containsString("Đã kết nối Official Account"));
        assertThat(zalo.oauth.lastTokenForm).contains("grant_type=authorization_code").contains("app_id=" + ZaloTestProfile.APP_ID)
                .contains("code_verifier=");
        // the verifier is made from 32 random bytes as Zalo's official SDKs make it: 43 base64url characters
        assertThat(zalo.oauth.lastTokenForm.replaceAll(".*code_verifier=([^&]*).*", "$1")).matches("[A-Za-z0-9_-]{43}");
        assertThat(Db.column("select access_token || ' ' || refresh_token || ' ' || (access_expires_at > now() + interval '24 hours') "
                + "from zalo_token")).containsExactly("oa-access-granted oa-refresh-granted true");
        // the state is single-use
        callback("zalo-code-1", params.get("state")).statusCode(400).contentType("application/problem+json");
        RestAssured.given().cookie("motcua-admin", cookie).get("/admin/zalo").then().statusCode(200)
                .body(containsString("Cặp mã truy cập lưu lúc"));
    }

    @Test
    void aWrongStateOrARefusedCodeStoresNothing() {
        Map<String, String> params = startFlow(session("quantri"));
        zalo.oauth.authorizationCode = "zalo-code-2";
        callback("zalo-code-2", "forged-state").statusCode(400).contentType("application/problem+json");
        callback("zalo-code-2", null).statusCode(400);
        callback("wrong-code", params.get("state")).statusCode(400).contentType("application/problem+json")
                .body(containsString("Zalo"));
        assertThat(Db.count("select count(*) from zalo_token")).isZero();
        RestAssured.given().queryParam("code", "c").queryParam("state", "s").queryParam("oa_id", "another-oa")
                .get("/zalo/oauth/callback").then().statusCode(400);
    }

    @Test
    void onlyAnAdministratorConnectsOrPastesAndTheFormNeedsCsrf() {
        String officer = session("canbo");
        RestAssured.given().redirects().follow(false).cookie("motcua-admin", officer).get("/admin/zalo/connect").then()
                .statusCode(403);
        RestAssured.given().redirects().follow(false).get("/admin/zalo/connect").then().statusCode(302);
        String admin = session("quantri");
        String page = RestAssured.given().cookie("motcua-admin", admin).get("/admin/zalo").asString();
        String csrf = page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        paste(admin, "forged", "a1", "r1", "").statusCode(403);
        paste(officer, csrf, "a1", "r1", "").statusCode(403);
        paste(admin, csrf, "a1", "", "").statusCode(400);
        paste(admin, csrf, "a1", "r1", "abc").statusCode(400);
        assertThat(Db.count("select count(*) from zalo_token")).isZero();
        paste(admin, csrf, "pasted-access", "pasted-refresh", "3600").statusCode(303)
                .header("Location", containsString("/admin/zalo?daluu=1"));
        assertThat(Db.column("select access_token || ' ' || refresh_token || ' ' || (access_expires_at < now() + interval '2 hours') "
                + "from zalo_token")).containsExactly("pasted-access pasted-refresh true");
    }

    private static io.restassured.response.ValidatableResponse paste(String cookie, String csrf, String access,
                                                                     String refresh, String expires) {
        return RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf", csrf)
                .formParam("access_token", access).formParam("refresh_token", refresh).formParam("expires_in", expires)
                .post("/admin/zalo/tokens").then();
    }
}
