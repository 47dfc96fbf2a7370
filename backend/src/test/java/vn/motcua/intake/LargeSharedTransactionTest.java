package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.motcua.intake.SharedTransactionTest.code;
import static vn.motcua.intake.SharedTransactionTest.own;

/**
 * Transactions far larger than the default: 3,000 records in one. The records of a transaction were a chain of 3,000
 * steps nested one in the other: subscribing to it recursed through all of them, and updates, whose dossiers are
 * locked and read up front, each completed at once and started the next from within itself. The event loop's stack
 * overflowed, the error was lost, the call never answered and the transaction stayed open. The 3,000 changed dossiers
 * of the updates are also more parameters than PostgreSQL takes in one statement, so their update is split, here
 * against the database. Its own profile: one more Quarkus start.
 */
@QuarkusTest
@TestProfile(LargeSharedTransactionTest.LargeTransactions.class)
class LargeSharedTransactionTest {
    static final Class<?> DB = PostgresTest.class;
    static final int RECORDS = 3_000;

    /** Every record of a batch of 3,000 in one transaction. */
    public static class LargeTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.integration.max-batch", String.valueOf(RECORDS),
                    "motcua.integration.records-per-transaction", String.valueOf(RECORDS));
        }
    }

    @BeforeEach
    void clean() {
        Db.reset();
    }

    @AfterEach
    void dropTrap() {
        Db.execute("drop trigger if exists test_count_rows on dossier; drop function if exists test_count_rows(); "
                + "drop table if exists test_dossier_updates");
    }

    /** The batch with a timeout: a transaction that hangs fails the test instead of stalling the build. */
    private static ValidatableResponse post(List<String> records) {
        return RestAssured.given()
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 5_000)))
                .header("X-Api-Key", Api.KEY).contentType(ContentType.JSON)
                .body("[" + String.join(",", records) + "]")
                .post("/api/integration/v1/dossiers").then();
    }

    @Test
    void threeThousandUpdatesInOneTransactionAllApplyInOrder() {
        // stored in batches of 500, which never failed; the batch of updates is what did
        for (int first = 1; first <= RECORDS; first += 500) {
            post(IntStream.range(first, first + 500).mapToObj(n -> own(n, 2)).toList()).statusCode(200)
                    .body("applied", equalTo(500));
        }
        // the rows each statement of the application's dossier update changes (the timeline refresh is one too)
        Db.execute("create table test_dossier_updates (id serial, row_count int); "
                + "create function test_count_rows() returns trigger language plpgsql as $$ begin "
                + "insert into test_dossier_updates (row_count) select count(*) from changed; return null; end $$; "
                + "create trigger test_count_rows after update on dossier referencing new table as changed "
                + "for each statement execute function test_count_rows()");

        // in reverse order of creation, so that the order of the written rows is the batch's, not the dossiers'
        List<Integer> order = IntStream.rangeClosed(1, RECORDS).map(n -> RECORDS + 1 - n).boxed().toList();
        long started = System.nanoTime();
        ValidatableResponse answer = post(order.stream().map(n -> own(n, 4)).toList()).statusCode(200);
        System.out.printf("%d status updates in one transaction answered in %d ms%n", RECORDS,
                (System.nanoTime() - started) / 1_000_000);

        List<String> codes = order.stream().map(SharedTransactionTest::code).toList();
        answer.body("applied", equalTo(RECORDS)).body("rejected", equalTo(0))
                .body("results.outcome", everyItem(equalTo("updated")))
                .body("results.code", equalTo(codes))
                .body("results.index", equalTo(IntStream.range(0, RECORDS).boxed().toList()));

        assertThat(Db.column("select status || ' ' || version from dossier group by 1")).containsExactly("4 1");
        assertThat(Db.count("select count(*) from dossier")).isEqualTo(RECORDS);
        // 3,000 rows of 31 parameters are more than PostgreSQL's 65,535: two statements (2,114 and 886 rows), each
        // writing the timelines merged; then the entries' refresh trigger finds all 3,000 right and writes none (V85)
        assertThat(Db.column("select row_count::text from test_dossier_updates order by id"))
                .containsExactly("2114", "886", "0");
        // one entry and one outbox row per record, in the batch's order, each row announcing its own entry
        assertThat(Db.column("select d.code from dossier_event e join dossier d on d.id = e.dossier_id "
                + "where e.status = 4 order by e.id")).containsExactlyElementsOf(codes);
        assertThat(Db.column("select d.code from outbox o join dossier d on d.id = o.dossier_id "
                + "join dossier_event e on e.id = o.event_id and e.dossier_id = o.dossier_id "
                + "where o.from_status = 2 and o.to_status = 4 and e.status = 4 order by o.id"))
                .containsExactlyElementsOf(codes);
        assertThat(Db.count("select count(*) from dossier_event")).isEqualTo(2L * RECORDS);
        assertThat(Db.count("select count(*) from outbox")).isEqualTo(2L * RECORDS);
        Api.lookup(code(1234)).statusCode(200).body("status.code", equalTo(4))
                .body("timeline.statusCode", contains(2, 4));
    }

    /**
     * New dossiers each wait for their insert, so the records did not recurse into each other, but subscribing to their
     * chain still went 3,000 steps deep: at the stack's limit, it hung in three of four runs before the fix.
     */
    @Test
    void threeThousandNewDossiersInOneTransactionAreAllCreatedInOrder() {
        long started = System.nanoTime();
        ValidatableResponse answer = post(IntStream.rangeClosed(1, RECORDS).mapToObj(n -> own(n, 2)).toList())
                .statusCode(200);
        System.out.printf("%d new dossiers in one transaction answered in %d ms%n", RECORDS,
                (System.nanoTime() - started) / 1_000_000);

        List<String> codes = IntStream.rangeClosed(1, RECORDS).mapToObj(SharedTransactionTest::code).toList();
        answer.body("applied", equalTo(RECORDS)).body("results.outcome", everyItem(equalTo("created")))
                .body("results.code", equalTo(codes));
        assertThat(Db.column("select code from dossier where status = 2 order by id")).containsExactlyElementsOf(codes);
        assertThat(Db.column("select d.code from outbox o join dossier d on d.id = o.dossier_id "
                + "join dossier_event e on e.id = o.event_id where o.from_status is null and o.to_status = 2 "
                + "order by o.id")).containsExactlyElementsOf(codes);
        assertThat(Db.count("select count(*) from dossier_event")).isEqualTo(RECORDS);
    }
}
