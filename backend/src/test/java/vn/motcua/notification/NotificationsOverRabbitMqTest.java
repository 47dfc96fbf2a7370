package vn.motcua.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.support.Eventually.within;

/** With the channel configured on RabbitMQ (the real broker on 127.0.0.1:5672), batches go through it. */
@QuarkusTest
@TestProfile(NotificationsOverRabbitMqTest.OverRabbitMq.class)
class NotificationsOverRabbitMqTest {
    static final Class<?> DB = PostgresTest.class;

    public static class OverRabbitMq implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String name = "motcua.test.notification-sends." + System.nanoTime();
            return Map.of("motcua.notifications.transport", "broker",
                    "mp.messaging.outgoing.notification-broker-out.connector", "smallrye-rabbitmq",
                    "mp.messaging.outgoing.notification-broker-out.exchange.name", name,
                    "mp.messaging.incoming.notification-broker-in.connector", "smallrye-rabbitmq",
                    "mp.messaging.incoming.notification-broker-in.exchange.name", name,
                    "mp.messaging.incoming.notification-broker-in.queue.name", name,
                    "mp.messaging.incoming.notification-broker-in.queue.auto-delete", "true",
                    "mp.messaging.incoming.notification-broker-in.routing-keys", "#");
        }
    }

    @Test
    void aStatusChangeIsSentThroughTheBroker() {
        Db.reset();
        Db.execute("truncate zalo_user, dossier_subscription, zalo_sandbox_message cascade");
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        Db.execute("insert into zalo_user (zalo_user_id, followed, last_interaction_at) values ('rabbit-user', true, now())");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source) select id, 'rabbit-user', 'bot' from dossier");
        Api.postOwn(NotificationFlowTest.change(2, "e2", "")).statusCode(200);
        within(Duration.ofSeconds(20), () -> assertThat(Db.column(
                "select recipient || ' ' || channel from zalo_sandbox_message")).containsExactly("rabbit-user oa_cs"));
        within(Duration.ofSeconds(10), () -> assertThat(Db.column("select status from notification")).containsExactly("sent"));
    }
}
