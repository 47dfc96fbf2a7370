package vn.motcua.citizen;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.FakeZaloProfile;
import vn.motcua.zalo.support.ZaloEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** Mini App sign-in in live mode against a fake graph.zalo.me / openapi.zalo.me. */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class CitizenSignInTest {
    static final Class<?> DB = PostgresTest.class;
    static final String MINE = "000.00.22.H12-261120-0007";
    static final String OTHER = "000.12.00.H36-261118-0012";
    /** An OA access token the tests store: the fake takes any token it was not told is dead. */
    static final String OA_ACCESS = "oa-access-1";
    private final FakeZalo zalo = FakeZalo.start();
    @jakarta.inject.Inject
    ZaloTokenVerifier verifier;

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
        verifier.clear();
        zalo.reset();
        Db.execute("insert into zalo_token (id, access_token, refresh_token, access_expires_at) values (1, '"
                + OA_ACCESS + "', 'oa-refresh-1', now() + interval '20 hours')");
        // due a month from today, whatever day the tests run: the list must say "not overdue"
        String due = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "170000";
        Api.postDvcqg(Api.dvcqgDossier(MINE, "2", due)).statusCode(200);
        Api.postDvcqg(Api.dvcqgDossier(OTHER, "4", "20261201170000").replace("0912345678", "0987654321")).statusCode(200);
    }

    static ValidatableResponse signIn(String body) {
        return RestAssured.given().contentType("application/json").body(body).post("/api/public/v1/session").then();
    }

    static String session(String token, String oaUserId) {
        return signIn("{\"accessToken\":\"" + token + "\"" + (oaUserId == null ? "" : ",\"oaUserId\":\"" + oaUserId + "\"") + "}")
                .statusCode(200).extract().path("sessionToken");
    }

    static io.restassured.specification.RequestSpecification as(String session) {
        return RestAssured.given().header("Authorization", "Bearer " + session);
    }

    @Test
    void aGoodTokenSignsInOnceAndIsCached() {
        signIn("{\"accessToken\":\"token-an\",\"oaUserId\":\"oa-an\"}").statusCode(200)
                .body("sessionToken", matchesPattern("k1\\.\\d+\\.\\d+\\.[A-Za-z0-9_-]+"))
                .body("expiresAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*\\+07:00"))
                .body("citizen.name", equalTo("Nguyễn Văn An")).body("citizen.phoneLinked", equalTo(false))
                .body("citizen.maskedPhone", nullValue()).body("citizen.oaUserId", equalTo("oa-an"));
        signIn("{\"accessToken\":\"token-an\"}").statusCode(200).body("citizen.oaUserId", equalTo("oa-an"));
        assertThat(zalo.meCalls).as("the second sign-in is served from the cache").hasValue(1);
        assertThat(Db.column("select zalo_app_user_id || ' ' || name || ' ' || oa_user_id from citizen"))
                .containsExactly("app-user-an Nguyễn Văn An oa-an");
    }

    @Test
    void badTokensAreRefusedAndAnUnreachableZaloIs503() {
        signIn("{\"accessToken\":\"stolen-token\"}").statusCode(401).contentType("application/problem+json");
        signIn("{\"accessToken\":\"\"}").statusCode(401);
        signIn("{\"accessToken\":\"token-zalo-down\"}").statusCode(503).contentType("application/problem+json");
        signIn("{\"accessToken\":\"stolen-token\"}").statusCode(401);
        assertThat(zalo.meCalls).as("refusals are not cached").hasValue(3);
        assertThat(Db.count("select count(*) from citizen")).isZero();
    }

    @Test
    void anOaIdOfSomeoneElseIsNotLinked() {
        signIn("{\"accessToken\":\"token-an\",\"oaUserId\":\"oa-binh\"}").statusCode(200)
                .body("citizen.oaUserId", nullValue());
        signIn("{\"accessToken\":\"token-an\",\"oaUserId\":\"not a valid id!\"}").statusCode(400);
    }

    @Test
    void badBodiesAre4xxProblems() {
        signIn("{not json").statusCode(400).contentType("application/problem+json");
        signIn("").statusCode(400);
        signIn("{\"accessToken\":{\"x\":1}}").statusCode(400);
        signIn("{\"accessToken\":\"" + "a".repeat(20_000) + "\"}").statusCode(413).contentType("application/problem+json");
        RestAssured.given().contentType("text/plain").body("x").post("/api/public/v1/session").then().statusCode(415);
    }

    @Test
    void meNeedsAValidSession() {
        RestAssured.get("/api/public/v1/me/dossiers").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        as("garbage").get("/api/public/v1/me/dossiers").then().statusCode(401);
        String good = session("token-an", null);
        String forged = good.substring(0, good.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAAAA";
        as(forged).get("/api/public/v1/me/dossiers").then().statusCode(401);
        String[] parts = good.split("\\.");
        as(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 3600) + "." + parts[3])
                .get("/api/public/v1/me/dossiers").then().statusCode(401);
        as(good).get("/api/public/v1/me/dossiers").then().statusCode(200)
                .body("phoneLinked", equalTo(false)).body("items", hasSize(0));
    }

    @Test
    void thePhoneTokenIsExchangedAndLinksTheDossiers() {
        String session = session("token-an", "oa-an");
        zalo.phoneTokens.put("phone-1|token-an", "84912345678");
        as(session).contentType("application/json").body("{\"phoneToken\":\"phone-1\",\"accessToken\":\"token-an\"}")
                .post("/api/public/v1/me/phone").then().statusCode(200)
                .body("maskedPhone", equalTo("09******78")).body("dossierCount", equalTo(1));
        assertThat(Db.column("select phone || ' ' || (phone_consent_at is not null) from citizen"))
                .containsExactly("84912345678 true");
        assertThat(Db.column("select phone || ' ' || (phone_consent_at is not null) from zalo_user where zalo_user_id = 'oa-an'"))
                .containsExactly("84912345678 true");
        // single use: the same token again is refused by Zalo
        as(session).contentType("application/json").body("{\"phoneToken\":\"phone-1\",\"accessToken\":\"token-an\"}")
                .post("/api/public/v1/me/phone").then().statusCode(400).contentType("application/problem+json");
        // another user's Zalo token cannot be used with this session
        as(session).contentType("application/json").body("{\"phoneToken\":\"phone-2\",\"accessToken\":\"token-binh\"}")
                .post("/api/public/v1/me/phone").then().statusCode(401);
        as(session).contentType("application/json").body("{\"accessToken\":\"token-an\"}")
                .post("/api/public/v1/me/phone").then().statusCode(400);
        as(session).get("/api/public/v1/me/dossiers").then().statusCode(200).body("phoneLinked", equalTo(true))
                .body("items", hasSize(1)).body("items[0].code", equalTo(MINE))
                .body("items[0].statusLabel", equalTo("Được tiếp nhận")).body("items[0].following", equalTo(false))
                .body("items[0].overdue", equalTo(false));
    }

    @Test
    void followingIsIdempotentAndOnePerPerson() {
        String session = session("token-an", "oa-an");
        as(session).put("/api/public/v1/me/subscriptions/{code}", "000 00 22 h12 261120 0007").then().statusCode(200)
                .body("code", equalTo(MINE)).body("following", equalTo(true));
        as(session).put("/api/public/v1/me/subscriptions/{code}", MINE).then().statusCode(200);
        assertThat(Db.column("select zalo_user_id || ' ' || source || ' ' || active from dossier_subscription"))
                .containsExactly("oa-an miniapp true");
        as(session).get("/api/public/v1/me/subscriptions").then().body("items", hasSize(1)).body("items[0].code", equalTo(MINE));
        as(session).delete("/api/public/v1/me/subscriptions/{code}", MINE).then().statusCode(200)
                .body("following", equalTo(false));
        as(session).delete("/api/public/v1/me/subscriptions/{code}", MINE).then().statusCode(200);
        assertThat(Db.column("select active::text from dossier_subscription")).containsExactly("false");
        as(session).get("/api/public/v1/me/subscriptions").then().body("items", hasSize(0));
        as(session).put("/api/public/v1/me/subscriptions/{code}", "000.00.22.H12-261120-9999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void withoutOaIdOrPhoneThereIsNobodyToNotify() {
        String session = session("token-binh", null);
        as(session).put("/api/public/v1/me/subscriptions/{code}", MINE).then().statusCode(409)
                .contentType("application/problem+json");
        as(session).get("/api/public/v1/me/subscriptions").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theSandboxSignInDoesNotExistInLiveMode() {
        RestAssured.given().contentType("application/json").body("{}").post("/api/public/v1/session/sandbox").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
