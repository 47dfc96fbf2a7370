package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Requests that cannot be taken as a whole: a 4xx problem+json each, and nothing already accepted is lost. */
@QuarkusTest
class IntakeBadInputTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        Db.reset();
        Api.postDvcqg(Api.dvcqgDossier("000.00.22.H12-261120-0007", "2", "20261204170000")).statusCode(200);
    }

    private static void assertNothingLost() {
        assertThat(Db.count("select count(*) from dossier")).isEqualTo(1);
        assertThat(Db.count("select status from dossier")).isEqualTo(2);
    }

    @Test
    void missingOrWrongKeyIs401() {
        RestAssured.given().contentType(ContentType.JSON).body("{}").post("/api/integration/dvcqg").then()
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        RestAssured.given().header("X-Api-Key", "wrong").contentType(ContentType.JSON).body("{}")
                .post("/api/integration/v1/dossiers").then().statusCode(401).contentType("application/problem+json");
        assertNothingLost();
    }

    @Test
    void malformedJsonIs400() {
        Api.postDvcqg("{\"service\":\"DongBoHoSoMC\",\"data\":[{").statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("JSON không hợp lệ"));
        Api.postOwn("not json at all").statusCode(400).contentType("application/problem+json");
        assertNothingLost();
    }

    @Test
    void wrongShapesAre400() {
        Api.postDvcqg("[1,2]").statusCode(400).contentType("application/problem+json");
        Api.postDvcqg("{\"data\":[]}").statusCode(400).body("detail", containsString("service"));
        Api.postDvcqg("{\"service\":\"XoaHoSo\",\"data\":[{}]}").statusCode(400).body("detail", containsString("XoaHoSo"));
        Api.postDvcqg("{\"service\":\"DongBoHoSoMC\",\"data\":{}}").statusCode(400).body("detail", containsString("data"));
        Api.postDvcqg("{\"service\":\"DongBoHoSoMC\",\"data\":[]}").statusCode(400);
        Api.postOwn("42").statusCode(400);
        Api.postOwn("[]").statusCode(400);
        Api.postOwn("").statusCode(400);
        assertNothingLost();
    }

    @Test
    void wrongContentTypeIs415() {
        RestAssured.given().header("X-Api-Key", Api.KEY).contentType("text/xml").body("<x/>")
                .post("/api/integration/dvcqg").then().statusCode(415).contentType("application/problem+json");
        assertNothingLost();
    }

    @Test
    void hugeBodyIs413() {
        String padding = "x".repeat(6 * 1024 * 1024);
        Api.postOwn("{\"code\":\"A-1\",\"status\":2,\"note\":\"" + padding + "\"}").statusCode(413)
                .contentType("application/problem+json");
        assertNothingLost();
    }

    @Test
    void bodyLargerThanTheServerLimitIs413ProblemBeforeItIsRead() {
        RestAssured.given().header("X-Api-Key", Api.KEY).contentType(ContentType.JSON)
                .body(new byte[17 * 1024 * 1024]).post("/api/integration/v1/dossiers").then()
                .statusCode(413).contentType("application/problem+json");
        assertNothingLost();
    }

    @Test
    void keysStoredHashedAreAcceptedUntilRevoked() {
        Db.execute("insert into api_key(source_system, key_hash, key_prefix) values "
                + "('igate', encode(sha256('igate-secret-key'::bytea), 'hex'), 'igate-')");
        RestAssured.given().header("X-Api-Key", "igate-secret-key").contentType(ContentType.JSON)
                .body("{\"code\":\"000.00.22.H12-261120-0008\",\"status\":2}")
                .post("/api/integration/v1/dossiers").then().statusCode(200).body("applied", equalTo(1));
        assertThat(Db.column("select source_system from dossier where code = '000.00.22.H12-261120-0008'"))
                .containsExactly("igate");
        Db.execute("insert into api_key(source_system, key_hash, key_prefix, revoked_at) values "
                + "('old', encode(sha256('revoked-key'::bytea), 'hex'), 'revoke', now())");
        RestAssured.given().header("X-Api-Key", "revoked-key").contentType(ContentType.JSON).body("{}")
                .post("/api/integration/v1/dossiers").then().statusCode(401);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        RestAssured.given().header("X-Api-Key", Api.KEY).get("/api/integration/dvcqg").then()
                .statusCode(405).contentType("application/problem+json");
        RestAssured.given().get("/api/public/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
