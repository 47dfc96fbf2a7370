package vn.motcua.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/** People's requests count as activity (bulk work gives way to them); health probes do not. */
@QuarkusTest
class ForegroundActivityTest {
    static final Class<?> DB = PostgresTest.class;

    @Inject
    ForegroundActivity foreground;

    @Test
    void aLookupMakesTheAppBusyForASecondAndAHealthProbeDoesNot() throws InterruptedException {
        awaitQuiet();
        RestAssured.get("/q/health/live").then().statusCode(200);
        assertThat(foreground.busy()).isFalse();

        RestAssured.get("/api/public/v1/dossiers/{code}", "000.00.22.H12-000000-0000");
        assertThat(foreground.busy()).isTrue();
        awaitQuiet();
    }

    /** Fails the test if the app never goes quiet (a request counted and never ended). */
    private void awaitQuiet() throws InterruptedException {
        for (int i = 0; i < 50 && foreground.busy(); i++) {
            Thread.sleep(100);
        }
        assertThat(foreground.busy()).as("quiet one second after the last request").isFalse();
    }
}
