package vn.motcua.support;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/** The operators' Prometheus page, read with the token the test profile configures ({@code motcua.operations.token}). */
public final class Metrics {
    private Metrics() {
    }

    public static ValidatableResponse read() {
        String token = ConfigProvider.getConfig().getValue("motcua.operations.token", String.class);
        return RestAssured.given().header("Authorization", "Bearer " + token).get("/q/metrics").then().statusCode(200);
    }
}
