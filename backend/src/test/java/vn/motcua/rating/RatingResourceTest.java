package vn.motcua.rating;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RatingResourceTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";

    @BeforeEach
    void seed() {
        Db.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "10", "20261204170000")).statusCode(200);
    }

    static String token() {
        return RestAssured.given().header("X-Api-Key", Api.KEY).get("/api/integration/v1/dossiers/{code}/link", CODE)
                .then().extract().path("token");
    }

    static io.restassured.response.ValidatableResponse rate(String body) {
        return RestAssured.given().contentType(ContentType.JSON).body(body)
                .post("/api/public/v1/dossiers/{code}/rating", CODE).then();
    }

    @Test
    void theApplicantRatesAClosedDossierOnceAndMayChangeTheirMind() {
        rate("{\"token\":\"" + token() + "\",\"level\":3,\"comment\":\"Cán bộ hướng dẫn tận tình\"}").statusCode(200)
                .body("label", equalTo("Rất hài lòng"));
        rate("{\"token\":\"" + token() + "\",\"level\":2}").statusCode(200).body("level", equalTo(2));
        assertThat(Db.count("select count(*) from dossier_rating")).isEqualTo(1);
        RestAssured.given().header("X-Api-Key", Api.KEY).get("/api/integration/v1/dossiers/{code}/rating", CODE)
                .then().statusCode(200).body("level", equalTo(2)).body("label", equalTo("Hài lòng"))
                .body("channel", equalTo("miniapp"));
    }

    @Test
    void withoutAValidTokenOrBeforeTheEndThereIsNoRating() {
        rate("{\"token\":\"k1.AAAAAAAAAAAAAAAAAAAAAA\",\"level\":3}").statusCode(403).contentType("application/problem+json");
        rate("{\"level\":3}").statusCode(403);
        Api.postDvcqg(Api.dvcqgDossier(CODE, "4", "20261204170000")).statusCode(200);
        rate("{\"token\":\"" + token() + "\",\"level\":3}").statusCode(409).contentType("application/problem+json");
        assertThat(Db.count("select count(*) from dossier_rating")).isZero();
        RestAssured.given().header("X-Api-Key", Api.KEY).get("/api/integration/v1/dossiers/{code}/rating", CODE)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badRatingsAreProblems() {
        String token = token();
        rate("{\"token\":\"" + token + "\",\"level\":7}").statusCode(400).contentType("application/problem+json");
        rate("{\"token\":\"" + token + "\",\"level\":\"three\"}").statusCode(400);
        rate("{\"token\":\"" + token + "\",\"level\":3,\"comment\":\"" + "x".repeat(1001) + "\"}").statusCode(400);
        rate("{\"token\":\"" + token + "\",\"level\":3,\"channel\":\"" + "y".repeat(50) + "\"}").statusCode(400);
        rate("{\"token\":").statusCode(400);
        RestAssured.given().contentType(ContentType.JSON).body("{\"level\":3}")
                .post("/api/public/v1/dossiers/{code}/rating", "000.00.22.H12-261120-9999").then().statusCode(404);
    }
}
