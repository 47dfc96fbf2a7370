package vn.motcua.lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Access proofs under attack: the budgets are checked and counted in one step before a proof is evaluated, so
 * parallel guesses cannot overrun them, and a stranger's failures slow the real applicant down at most, never
 * lock them out. Clients are told apart by X-Forwarded-For from the (trusted) local proxy.
 */
@QuarkusTest
class AccessThrottleStoreTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";
    static final String RIGHT_PHONE = "0912345678";


    @BeforeEach
    void seed() {
        Db.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "5", "20261204170000")).statusCode(200);
    }

    private static ValidatableResponse prove(String client, String code, String phone) {
        return RestAssured.given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body("{\"phone\":\"" + phone + "\"}").post("/api/public/v1/dossiers/{code}/access", code).then();
    }

    /** Sends all the proofs at once and answers their status codes. */
    private static List<Integer> inParallel(int count, IntFunction<String> client) {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                            + "/api/public/v1/dossiers/" + CODE + "/access"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", client.apply(i))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"09000000" + String.format("%02d", i) + "\"}"))
                    .build();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return calls.stream().map(call -> call.join().statusCode()).toList();
    }

    private static org.hamcrest.Matcher<String> aboutAnHour() {
        return org.hamcrest.Matchers.matchesPattern("3[56][0-9][0-9]");
    }

    @Test
    void fortyParallelWrongProofsAreEvaluatedNoMoreThanTheLimit() {
        List<Integer> statuses = inParallel(40, i -> "198.51.100.7");
        // 403: evaluated and wrong; 429: refused before anything was looked at
        assertThat(statuses).filteredOn(s -> s == 403).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(35);
        assertThat(Db.count("select failures from access_throttle where throttle_key like 'access:%'")).isEqualTo(5);
    }

    @Test
    void parallelProofsFromManyClientsGetTheLimitPlusOneSlowLaneTurn() {
        List<Integer> statuses = inParallel(40, i -> "203.0.113." + (i + 1));
        assertThat(statuses).filteredOn(s -> s == 403).hasSize(5 + 1);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(40 - 6);
    }

    @Test
    void aStrangerWhoSpendsTheDossiersBudgetCannotLockTheApplicantOut() {
        for (int i = 0; i < 5; i++) {
            prove("203.0.113.66", CODE, "090000000" + i).statusCode(403);
        }
        // the stranger is blocked by their own failures, even with the right proof
        prove("203.0.113.66", CODE, RIGHT_PHONE).statusCode(429).header("Retry-After", aboutAnHour());
        // the applicant, who has failed nothing, is evaluated and let in
        String token = prove("198.51.100.20", CODE, RIGHT_PHONE).statusCode(200).extract().path("token");
        RestAssured.given().queryParam("t", token).get("/api/public/v1/dossiers/{code}", CODE).then().statusCode(200)
                .body("access", equalTo("full"));
        // the applicant took the slow lane's turn: the next stranger waits for the next one (10 minutes)
        prove("203.0.113.67", CODE, "0900000099").statusCode(429).header("Retry-After",
                org.hamcrest.Matchers.matchesPattern("(59[0-9]|600)"));
        // strangers share one slow-lane turn per interval: guessing stays slow
        Db.execute("update access_throttle set slow_at = now() - interval '11 minutes' where slow_at is not null");
        prove("203.0.113.67", CODE, "0900000099").statusCode(403);
        prove("203.0.113.68", CODE, "0900000098").statusCode(429).header("Retry-After",
                org.hamcrest.Matchers.matchesPattern("[1-9][0-9]{0,2}"));
    }

    @Test
    void aClientsFailuresOnManyDossiersAreCountedFirst() {
        for (int i = 0; i < 10; i++) {
            prove("198.51.100.9", "000.00.22.H12-261120-99" + String.format("%02d", i), "0900000000").statusCode(403);
        }
        // the eleventh failure of this client in the window, on a dossier it never tried
        prove("198.51.100.9", CODE, "0900000000").statusCode(429).header("Retry-After", aboutAnHour());
        // its refused proof took nothing from the dossier's budget
        assertThat(Db.count("select count(*) from access_throttle where throttle_key = 'access:00000" + "22H122611200007'")).isZero();
        prove("198.51.100.10", CODE, RIGHT_PHONE).statusCode(200);
    }

    @Test
    void aCorrectProofGivesItsReservationBack() {
        for (int i = 0; i < 8; i++) {
            prove("198.51.100.11", CODE, RIGHT_PHONE).statusCode(200);
        }
        assertThat(Db.column("select throttle_key || '=' || failures from access_throttle order by throttle_key"))
                .allSatisfy(line -> assertThat(line).endsWith("=0"));
    }
}
