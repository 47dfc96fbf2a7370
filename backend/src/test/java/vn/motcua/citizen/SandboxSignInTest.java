package vn.motcua.citizen;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** In sandbox mode the demo citizen signs in without Zalo, with the demo phone already linked. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class SandboxSignInTest {
    static final Class<?> DB = PostgresTest.class;
    static final String DEMO = "000.00.22.H12-261120-0007";

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
        Api.postDvcqg(Api.dvcqgDossier(DEMO, "2", "20261204170000")).statusCode(200);
    }

    private static String signIn() {
        return RestAssured.given().contentType("application/json").body("{}").post("/api/public/v1/session/sandbox")
                .then().statusCode(200).body("citizen.name", equalTo("Nguyễn Văn An"))
                .body("citizen.phoneLinked", equalTo(true)).body("citizen.maskedPhone", equalTo("09******78"))
                .body("citizen.oaUserId", equalTo("nguoi-dan-demo")).extract().path("sessionToken");
    }

    @Test
    void theDemoCitizenSeesAndFollowsTheDemoDossier() {
        String session = signIn();
        assertThat(signIn()).isNotBlank();
        assertThat(Db.column("select phone from zalo_user where zalo_user_id = 'nguoi-dan-demo' and phone_consent_at is not null"))
                .containsExactly("84912345678");
        var as = RestAssured.given().header("Authorization", "Bearer " + session);
        as.get("/api/public/v1/me/dossiers").then().statusCode(200).body("phoneLinked", equalTo(true))
                .body("items", hasSize(1)).body("items[0].code", equalTo(DEMO)).body("items[0].following", equalTo(false));
        RestAssured.given().header("Authorization", "Bearer " + session).put("/api/public/v1/me/subscriptions/{c}", DEMO)
                .then().statusCode(200).body("following", equalTo(true));
        RestAssured.given().header("Authorization", "Bearer " + session).get("/api/public/v1/me/dossiers").then()
                .body("items[0].following", equalTo(true));
        assertThat(Db.column("select zalo_user_id || ' ' || phone || ' ' || source from dossier_subscription"))
                .containsExactly("nguoi-dan-demo 84912345678 miniapp");
        // the chat's "hủy theo dõi" switches off the same row
        ZaloEvents.deliver(ZaloEvents.text("nguoi-dan-demo", "hủy theo dõi " + DEMO));
        RestAssured.given().header("Authorization", "Bearer " + session).get("/api/public/v1/me/subscriptions").then()
                .body("items", hasSize(0));
    }

    @Test
    void anyPhoneTokenLinksTheDemoPhone() {
        RestAssured.given().header("Authorization", "Bearer " + signIn()).contentType("application/json")
                .body("{\"phoneToken\":\"anything\"}").post("/api/public/v1/me/phone").then().statusCode(200)
                .body("maskedPhone", equalTo("09******78")).body("dossierCount", equalTo(1));
    }
}
