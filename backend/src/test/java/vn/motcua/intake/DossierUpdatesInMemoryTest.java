package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue door with its default in-memory channel: the same records, the same code path. */
@QuarkusTest
class DossierUpdatesInMemoryTest {
    static final Class<?> DB = PostgresTest.class;

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void clean() {
        Db.reset();
    }

    @Test
    void nationalAndOwnRecordsOnTheChannelAreApplied() {
        var source = connector.source("dossier-updates");
        source.send(Api.dvcqgDossier("000.00.22.H12-261120-0007", "2", "20261204170000"));
        source.send("{\"code\":\"000.00.22.H12-261120-0008\",\"status\":4}");
        source.send("this is not json");
        source.send(Api.progress("000.00.22.H12-261120-0007", "20261125100000", "4", "Chuyển phòng"));
        waitFor("select count(*) from dossier where status = 4", 2);
        assertThat(Db.count("select count(*) from dossier_event")).isEqualTo(3);
        assertThat(Db.column("select source_system from dossier")).containsOnly("queue");
    }

    static void waitFor(String countSql, long expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Db.count(countSql) != expected) {
            if (Instant.now().isAfter(deadline)) {
                assertThat(Db.count(countSql)).as(countSql).isEqualTo(expected);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
