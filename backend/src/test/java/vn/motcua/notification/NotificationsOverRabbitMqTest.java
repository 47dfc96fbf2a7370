package vn.motcua.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.RabbitMqProfile;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.support.Eventually.within;

/** With the channel configured on RabbitMQ (the real broker on 127.0.0.1:5672), batches go through it. */
@QuarkusTest
@TestProfile(RabbitMqProfile.class)
class NotificationsOverRabbitMqTest {
    static final Class<?> DB = PostgresTest.class;

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
