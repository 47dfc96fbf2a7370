package vn.motcua.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Metrics;
import vn.motcua.support.PostgresTest;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Quarkus REST no longer works out every request's URI template in advance (LazyAuthFailureTemplate): its own failure
 * handler is replaced before its filter looks, and a refused request still gets its template in the metrics.
 */
@QuarkusTest
class LazyAuthFailureTemplateTest {
    static final Class<?> DB = PostgresTest.class;

    @Test
    void quarkusRestFindsTheLazyHandlerInPlaceOfItsOwn() {
        // had this filter run before the security layer's or after Quarkus REST's, the handler would be theirs
        RestAssured.get("/test-only/auth-failure-handler").then().statusCode(200).body(equalTo("true"));
    }

    @Test
    void aRefusedRequestIsStillCountedUnderItsTemplate() {
        String code = "000.00.22.H12-261120-8" + System.nanoTime() % 1000;
        RestAssured.given().redirects().follow(false).get("/admin/dossiers/" + code).then().statusCode(302)
                .header("Location", containsString("/admin/login"));

        String metrics = Metrics.read().extract().asString();
        assertThat(Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"302\",uri=\"/admin/dossiers/\\{code}\"")
                .matcher(metrics).find()).as("the refusal counted under /admin/dossiers/{code}").isTrue();
        assertThat(metrics).doesNotContain(code);
    }
}
