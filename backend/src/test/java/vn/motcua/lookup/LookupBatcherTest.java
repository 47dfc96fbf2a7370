package vn.motcua.lookup;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lookups read in one event-loop turn share one query (LookupBatcher): each still gets exactly its own dossier,
 * the exact code first among dossiers whose codes differ only in punctuation, a miss still falls back to the
 * recorded aliases, and a failed query fails every lookup that shared it instead of leaving one hanging.
 */
@QuarkusTest
class LookupBatcherTest {
    static final Class<?> DB = PostgresTest.class;

    @Inject
    LookupRepository lookups;
    @Inject
    MeterRegistry meters;
    @Inject
    Vertx vertx;

    @BeforeEach
    void seed() {
        Db.reset();
        Db.execute("""
                insert into dossier (code, lookup_key, applicant_name, status, source_system) values
                  ('000.00.22.H12-261120-0001', '0000022H122611200001', 'Nguyễn Văn An', 2, 'test'),
                  ('000.00.22.H12-261120-0002', '0000022H122611200002', 'Trần Thị Bình', 4, 'test'),
                  ('000.00.22.H12-261120-0003', '0000022H122611200003', 'Lê Văn Cường', 10, 'test'),
                  ('000.00.22.H1-2261120-0003', '0000022H122611200003', 'Phạm Thị Dung', 5, 'test')""");
        Db.execute("""
                insert into dossier_code_alias (dossier_id, alias_code, alias_key)
                select id, 'BN-2019-0001', 'BN20190001' from dossier where code = '000.00.22.H12-261120-0002'""");
    }

    @Test
    void lookupsInOneTurnShareOneQueryAndEachGetsItsOwnDossier() throws Exception {
        DistributionSummary perQuery = meters.get("motcua.lookup.lookups.per.query").summary();
        long queriesBefore = perQuery.count();
        double lookupsBefore = perQuery.totalAmount();

        List<DossierRow> rows = inOneTurn(lookups::find, "000.00.22.H12-261120-0001", "000.00.22.H12-261120-0002",
                "000.00.22.H12-261120-0003", "000.00.22.H1-2261120-0003", "000.00.22.H12-261120-0009",
                "000.00.22.H12-261120-0001");

        assertThat(rows).extracting(r -> r == null ? null : r.code()).containsExactly("000.00.22.H12-261120-0001",
                "000.00.22.H12-261120-0002", "000.00.22.H12-261120-0003", "000.00.22.H1-2261120-0003", null,
                "000.00.22.H12-261120-0001");
        assertThat(rows.get(3).applicantName()).isEqualTo("Phạm Thị Dung");
        assertThat(perQuery.count() - queriesBefore).as("queries sent").isEqualTo(1);
        assertThat(perQuery.totalAmount() - lookupsBefore).as("lookups answered by them").isEqualTo(6);
    }

    @Test
    void aCodeMissedInTheSharedQueryIsStillFoundByItsAlias() throws Exception {
        List<DossierRow> rows = inOneTurn(lookups::find, "BN-2019-0001", "000.00.22.H12-261120-0001");

        assertThat(rows.get(0).code()).isEqualTo("000.00.22.H12-261120-0002");
        assertThat(rows.get(0).matchedAlias()).isEqualTo("BN-2019-0001");
        assertThat(rows.get(1).code()).isEqualTo("000.00.22.H12-261120-0001");
    }

    @Test
    void aBurstLargerThanOneQueryIsSentAsSeveral() throws Exception {
        DistributionSummary perQuery = meters.get("motcua.lookup.lookups.per.query").summary();
        long queriesBefore = perQuery.count();
        String[] codes = new String[LookupBatcher.MAX_KEYS_PER_QUERY * 2 + 5];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = "000.00.22.H12-261120-000" + (1 + i % 3);
        }

        List<DossierRow> rows = inOneTurn(lookups::find, codes);

        for (int i = 0; i < codes.length; i++) {
            assertThat(rows.get(i).code()).isEqualTo(codes[i]);
        }
        assertThat(perQuery.count() - queriesBefore).isEqualTo(3);
    }

    @Test
    void aLookupOffTheEventLoopQueriesAlone() {
        DossierRow row = lookups.find("000.00.22.H12-261120-0002").await().atMost(java.time.Duration.ofSeconds(10));

        assertThat(row.code()).isEqualTo("000.00.22.H12-261120-0002");
    }

    @Test
    void aLookupAloneInItsTurnStillPrefersTheExactCodeAmongTwins() throws Exception {
        DistributionSummary perQuery = meters.get("motcua.lookup.lookups.per.query").summary();
        for (String code : List.of("000.00.22.H1-2261120-0003", "000.00.22.H12-261120-0003")) {
            long queriesBefore = perQuery.count();
            double lookupsBefore = perQuery.totalAmount();

            DossierRow row = inOneTurn(lookups::find, code).get(0);

            assertThat(row.code()).isEqualTo(code);
            assertThat(perQuery.count() - queriesBefore).as("queries sent").isEqualTo(1);
            assertThat(perQuery.totalAmount() - lookupsBefore).as("the single-key query").isEqualTo(1);
        }
        assertThat(lookups.find("000.00.22.H1-2261120-0003").await().atMost(java.time.Duration.ofSeconds(10))
                .applicantName()).as("off the event loop").isEqualTo("Phạm Thị Dung");
    }

    @Test
    void aFailedQueryFailsEveryLookupThatSharedIt() {
        LookupBatcher broken = new LookupBatcher(
                (key, code) -> Uni.createFrom().failure(new IllegalStateException("database down (one)")),
                keys -> Uni.createFrom().failure(new IllegalStateException("database down (" + keys.length + ")")),
                new SimpleMeterRegistry().summary("test"));

        for (String[] turn : List.of(new String[] {"A"}, new String[] {"A", "B", "C"})) {
            List<CompletableFuture<DossierRow>> answers = startInOneTurn(code -> broken.find(code, code), turn);
            for (CompletableFuture<DossierRow> answer : answers) {
                assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
                        .hasMessageContaining(turn.length == 1 ? "database down (one)" : "database down (3)");
            }
        }
    }

    @Test
    void aRowTheRepositoryCannotReadFailsTheLookupsThatSharedItsQuery() {
        Db.execute("update dossier set timeline_at = array[now()], timeline_status = array[]::smallint[] "
                + "where code = '000.00.22.H12-261120-0002'");
        List<CompletableFuture<DossierRow>> answers = startInOneTurn(lookups::find, "000.00.22.H12-261120-0001",
                "000.00.22.H12-261120-0002");

        for (CompletableFuture<DossierRow> answer : answers) {
            // a failure, not a lookup left waiting (which would end in a TimeoutException)
            assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
    }

    private List<DossierRow> inOneTurn(Function<String, Uni<DossierRow>> find, String... codes) throws Exception {
        List<DossierRow> rows = new ArrayList<>();
        for (CompletableFuture<DossierRow> answer : startInOneTurn(find, codes)) {
            rows.add(answer.get(10, TimeUnit.SECONDS));
        }
        return rows;
    }

    /** Subscribes to every lookup in one task on an event loop, as requests read in one turn would be. */
    private List<CompletableFuture<DossierRow>> startInOneTurn(Function<String, Uni<DossierRow>> find, String... codes) {
        List<CompletableFuture<DossierRow>> answers = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            answers.add(new CompletableFuture<>());
        }
        vertx.getOrCreateContext().runOnContext(ignored -> {
            for (int i = 0; i < codes.length; i++) {
                CompletableFuture<DossierRow> answer = answers.get(i);
                find.apply(codes[i]).subscribe().with(answer::complete, answer::completeExceptionally);
            }
        });
        return answers;
    }
}
