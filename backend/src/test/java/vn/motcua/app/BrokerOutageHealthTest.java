package vn.motcua.app;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * A RabbitMQ outage leaves the instance ready and alive: lookups, webhooks and HTTP intake do not need the broker,
 * and with readiness tied to it a broker restart took every instance out of the load balancer at once (the
 * cluster bench measured 17 s of 503s for lookups).
 */
@QuarkusTest
@TestProfile(BrokerOutageHealthTest.BrokerUnreachable.class)
class BrokerOutageHealthTest {
    static final Class<?> DB = PostgresTest.class;

    public static class BrokerUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.dossier-updates.connector", "smallrye-rabbitmq",
                    "rabbitmq-port", String.valueOf(closedPort()), "rabbitmq-reconnect-interval", "1");
        }
    }

    @Test
    void readyAndAliveWithoutTheBroker() {
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.get("/api/public/v1/procedures").then().statusCode(200);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
