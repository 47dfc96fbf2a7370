package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.RabbitMqProfile;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier-updates channel on the real RabbitMQ broker at 127.0.0.1:5672. */
@QuarkusTest
@TestProfile(RabbitMqProfile.class)
class DossierUpdatesRabbitMqTest {
    static final Class<?> DB = PostgresTest.class;

    @Inject
    Vertx vertx;
    RabbitMQClient client;

    @BeforeEach
    void connect() throws Exception {
        Db.reset();
        client = RabbitMQClient.create(vertx, new RabbitMQOptions().setHost("127.0.0.1").setPort(5672)
                .setUser("guest").setPassword("guest"));
        client.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() throws Exception {
        client.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void publish(String body) throws Exception {
        client.basicPublish(RabbitMqProfile.DOSSIER_UPDATES, "dossier",
                        new com.rabbitmq.client.AMQP.BasicProperties.Builder().contentType("application/json").build(),
                        Buffer.buffer(body))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void recordsPublishedToTheExchangeAreAppliedOnceEvenWhenRedelivered() throws Exception {
        String snapshot = Api.dvcqgDossier("000.00.22.H12-261120-0007", "2", "20261204170000");
        publish(snapshot);
        publish(snapshot);
        publish("{\"code\":\"000.00.22.H12-261120-0007\",\"status\":9,\"eventTime\":\"2026-11-25T10:00:00+07:00\"}");
        publish("{\"code\":\"000.00.22.H12-261120-0007\",\"status\":4,\"eventTime\":\"2026-11-22T10:00:00+07:00\"}");
        DossierUpdatesInMemoryTest.waitFor("select count(*) from dossier_event", 3);
        assertThat(Db.count("select status from dossier")).isEqualTo(9);
        assertThat(Db.count("select count(*) from outbox")).isEqualTo(2);
    }

    /**
     * One message of many dossiers is applied in lanes at once; one dossier's snapshots, which carry no event time,
     * must still apply in the message's order (2, then 4, then 5: the last one wins), whatever the lanes.
     */
    @Test
    void aMessageOfManyDossiersKeepsEachDossiersOrder() throws Exception {
        StringBuilder records = new StringBuilder("[");
        for (int n = 1; n <= 40; n++) {
            records.append("{\"code\":\"000.00.22.H12-261120-%04d\",\"status\":2},".formatted(n));
        }
        records.append("{\"code\":\"000.00.22.H12-261120-0007\",\"status\":4},");
        records.append("{\"code\":\"000.00.22.H12-261120-0007\",\"status\":5}]");
        publish(records.toString());
        DossierUpdatesInMemoryTest.waitFor("select count(*) from dossier_event", 42);
        assertThat(Db.count("select count(*) from dossier")).isEqualTo(40);
        assertThat(Db.column("select status::text from dossier where code = '000.00.22.H12-261120-0007'"))
                .containsExactly("5");
        assertThat(Db.column("select coalesce(o.from_status::text, '-') || '>' || o.to_status from outbox o "
                + "join dossier d on d.id = o.dossier_id where d.code = '000.00.22.H12-261120-0007' order by o.id"))
                .containsExactly("->2", "2>4", "4>5");
    }
}
