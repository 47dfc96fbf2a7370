package vn.motcua.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.common.VertxContexts;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.Eventually;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.RabbitMqProfile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.intake.SharedTransactionTest.code;
import static vn.motcua.intake.SharedTransactionTest.ownBatch;
import static vn.motcua.intake.SharedTransactionTest.progress;

/**
 * An intake transaction that cannot finish is ended at its deadline: the sender hears 503 (the queue requeues the
 * message), nothing of it is written, and no session is left holding or waiting for a lock. The hang is real: the test
 * holds a dossier row locked from its own connection, as another session of the database would.
 */
@QuarkusTest
@TestProfile(IntakeTimeoutTest.ShortDeadline.class)
class IntakeTimeoutTest {
    static final Class<?> DB = PostgresTest.class;
    static final Duration DEADLINE = Duration.ofSeconds(2);
    /** A queue of its own: a message this test leaves requeued never reaches another test's start. */
    static final String QUEUE = "motcua.dossier-updates.timeout-test";

    /** A short deadline, and the queue door on the real RabbitMQ. */
    public static class ShortDeadline extends RabbitMqProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("motcua.integration.transaction-timeout", DEADLINE.toString());
            overrides.put("mp.messaging.incoming.dossier-updates.queue.name", QUEUE);
            overrides.put("mp.messaging.incoming.dossier-updates.exchange.name", QUEUE);
            return overrides;
        }
    }

    @Inject
    Vertx vertx;
    @Inject
    TransactionDeadline deadline;
    @Inject
    TransactionLimitsStore limits;

    /** The test's own session, holding a dossier row locked. */
    private Connection holder;
    private int holderPid;

    @BeforeEach
    void clean() {
        Db.reset();
    }

    @AfterEach
    void release() throws SQLException {
        if (holder != null) {
            holder.close();
            holder = null;
        }
        // a test that failed may have left a transaction open (that is what it tests): ended here, so that the next
        // test's reset does not wait for its locks forever
        Db.count("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity "
                + "where datname = current_database() and pid <> pg_backend_pid() and (cardinality(pg_blocking_pids(pid)) > 0 "
                + "or (state like 'idle in transaction%' and state_change < clock_timestamp() - interval '1 second'))) ended");
    }

    /** Locks the dossier of this code from the test's own session, until {@link #unlock()}. */
    private void lock(String code) throws SQLException {
        holder = Db.connect();
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            try (ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
                rs.next();
                holderPid = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery("select id from dossier where code = '" + code + "' for update")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    private void unlock() throws SQLException {
        holder.rollback();
        holder.close();
        holder = null;
    }

    /**
     * Sessions other than the lock holder's that wait for a lock, or that have sat idle inside a transaction for more
     * than a second (an application's transaction is idle only between its own statements, for far less).
     */
    private long stuckSessions() {
        return Db.count("select count(*) from pg_stat_activity where datname = current_database() "
                + "and pid not in (pg_backend_pid(), " + holderPid + ") and (cardinality(pg_blocking_pids(pid)) > 0 "
                + "or (state like 'idle in transaction%' and state_change < clock_timestamp() - interval '1 second'))");
    }

    /** How long the oldest transaction waiting behind the holder has been open, in milliseconds (0: none waits). */
    private long longestWaitMillis() {
        return Db.count("select coalesce(max(extract(epoch from clock_timestamp() - xact_start) * 1000), 0)::bigint "
                + "from pg_stat_activity where " + holderPid + " = any(pg_blocking_pids(pid))");
    }

    /** A call that hangs fails the test instead of stalling the build. */
    private static ValidatableResponse postDvcqg(String body) {
        return RestAssured.given()
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 5_000)))
                .header("X-Api-Key", Api.KEY).contentType(ContentType.JSON).body(body)
                .post("/api/integration/dvcqg").then();
    }

    /** Dossier 1 to 3 stored at status 2: one entry and one outbox row each. */
    private static void threeDossiers() {
        Api.postOwn(ownBatch(IntStream.rangeClosed(1, 3), 2)).statusCode(200).body("applied", equalTo(3));
    }

    private static void nothingOfTheBatchWritten() {
        assertThat(Db.column("select code || ' ' || status from dossier order by code"))
                .containsExactly(code(1) + " 2", code(2) + " 2", code(3) + " 2");
        assertThat(Db.count("select count(*) from dossier_event")).isEqualTo(3);
        assertThat(Db.count("select count(*) from outbox")).isEqualTo(3);
    }

    private static void theBatchWrittenOnce() {
        assertThat(Db.column("select code || ' ' || status from dossier order by code"))
                .containsExactly(code(1) + " 4", code(2) + " 4", code(3) + " 4");
        assertThat(Db.count("select count(*) from dossier_event where status = 4")).isEqualTo(3);
        assertThat(Db.column("select coalesce(from_status::text, '-') || '>' || to_status from outbox order by id"))
                .containsExactly("->2", "->2", "->2", "2>4", "2>4", "2>4");
    }

    @Test
    void aBatchWaitingForALockedDossierIsAnswered503AndLeavesNothingLocked() throws Exception {
        threeDossiers();
        Integer before = baseVersion();
        lock(code(2));

        // one shared transaction: it locks dossier 1, then waits for dossier 2
        long started = System.nanoTime();
        postDvcqg(progress(List.of(code(1), code(2), code(3)))).statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("2"))
                .body("type", equalTo("urn:motcua:problem:intake-timeout"))
                .body("status", equalTo(503))
                .body("retryable", equalTo(true));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(tookMillis).as("answered at the deadline").isBetween(DEADLINE.toMillis() - 100,
                DEADLINE.toMillis() + 3_000);

        // rolled back before the answer: no session waits behind the lock or sits in a transaction
        assertThat(stuckSessions()).isZero();
        nothingOfTheBatchWritten();
        assertThat(baseVersion()).isEqualTo(before);

        unlock();
        postDvcqg(progress(List.of(code(1), code(2), code(3)))).statusCode(200)
                .body("error_code", equalTo(0)).body("so_ban_ghi_thanh_cong", equalTo(3));
        theBatchWrittenOnce();
    }

    private static Integer baseVersion() {
        return (int) Db.count("select coalesce(sum(version), 0) from dossier");
    }

    /**
     * The own-format door with records alone in their transactions (the batch's first record is new, so it is not
     * locked up front): the one that waits ends the batch, the records before it stay applied, those after it are not
     * tried.
     */
    @Test
    void theOwnFormatDoorAnswers503AndKeepsWhatCommittedBefore() throws Exception {
        threeDossiers();
        lock(code(2));

        RestAssured.given()
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 20_000)))
                .header("X-Api-Key", Api.KEY).contentType(ContentType.JSON)
                // dossier 9 is new, then a record the parser refuses stands alone, then dossiers 2 and 3
                .body("[" + SharedTransactionTest.own(9, 2) + ",{\"code\":\"\"}," + SharedTransactionTest.own(2, 4)
                        + "," + SharedTransactionTest.own(3, 4) + "]")
                .post("/api/integration/v1/dossiers").then().statusCode(503)
                .body("type", equalTo("urn:motcua:problem:intake-timeout"));

        assertThat(stuckSessions()).isZero();
        assertThat(Db.column("select code || ' ' || status from dossier order by code"))
                .containsExactly(code(1) + " 2", code(2) + " 2", code(3) + " 2", code(9) + " 2");
        unlock();
    }

    /**
     * The queue door requeues a message whose transaction timed out, as for its other temporary failures; what its
     * other lanes committed stays, and applying it again changes those dossiers no further.
     */
    @Test
    void aQueueMessageWaitingForALockedDossierIsRequeuedThenAppliedOnce() throws Exception {
        threeDossiers();
        lock(code(2));
        RabbitMQClient client = RabbitMQClient.create(vertx, new RabbitMQOptions().setHost("127.0.0.1")
                .setPort(5672).setUser("guest").setPassword("guest"));
        client.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            client.basicPublish(QUEUE, "dossier", new com.rabbitmq.client.AMQP.BasicProperties.Builder()
                                    .contentType("application/json").build(),
                            Buffer.buffer(progress(List.of(code(1), code(2), code(3)))))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            // the message is taken, waits, times out, is requeued and taken again: no transaction of it waits longer
            // than the deadline, while the lock is held for three of them
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(longestWaitMillis()).isPositive());
            long until = System.nanoTime() + 3 * DEADLINE.toNanos();
            long longest = 0;
            while (System.nanoTime() < until) {
                longest = Math.max(longest, longestWaitMillis());
                Thread.sleep(100);
            }
            assertThat(longest).isBetween(DEADLINE.toMillis() - 500, DEADLINE.toMillis() + 1_000);
            // each dossier has a lane, and a transaction, of its own: 1 and 3 committed, 2 was rolled back each time
            assertThat(Db.column("select code || ' ' || status from dossier order by code"))
                    .containsExactly(code(1) + " 4", code(2) + " 2", code(3) + " 4");
            assertThat(Db.count("select count(*) from dossier_event where status = 4")).isEqualTo(2);

            unlock();
            Eventually.within(Duration.ofSeconds(15), () -> assertThat(Db.count(
                    "select count(*) from dossier_event where status = 4")).isEqualTo(3));
            theBatchWrittenOnce();
        } finally {
            client.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * A transaction whose work never ends, with no statement running (a lost error once did that): the deadline fails
     * it, and it is rolled back; PostgreSQL sees nothing wrong, so only the application can end it.
     */
    @Test
    void aTransactionThatHangsWithNoStatementRunningIsRolledBackAtTheDeadline() {
        Uni<Object> hung = VertxContexts.onDuplicatedContext(vertx, () -> Panache.withTransaction(() -> deadline.bound(
                () -> insertProcedure("hung").chain(() -> Uni.createFrom().nothing()))));
        long started = System.nanoTime();
        assertThatThrownBy(() -> hung.await().atMost(Duration.ofSeconds(15)))
                .isInstanceOf(IntakeTimeoutException.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(DEADLINE.toMillis() + 1_500);
        assertThat(Db.count("select count(*) from procedure")).isZero();
        assertThat(stuckSessions()).isZero();
    }

    /**
     * The database's own limit, should the application fail to end such a transaction: PostgreSQL closes the session
     * that sits idle in it, which ends the transaction and releases its locks.
     */
    @Test
    void postgresqlClosesASessionLeftIdleInTheTransaction() {
        var hung = VertxContexts.onDuplicatedContext(vertx, () -> Panache.withTransaction(() -> limits.limit(DEADLINE)
                        .chain(() -> insertProcedure("idle")).chain(() -> Uni.createFrom().nothing())))
                .subscribe().with(item -> { }, failure -> { });
        try {
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(Db.count("select count(*) from pg_stat_activity "
                    + "where datname = current_database() and state like 'idle in transaction%'")).isPositive());
            Eventually.within(DEADLINE.plusSeconds(2), () -> assertThat(Db.count("select count(*) from "
                    + "pg_stat_activity where datname = current_database() and state like 'idle in transaction%'"))
                    .isZero());
            assertThat(Db.count("select count(*) from procedure")).isZero();
        } finally {
            hung.cancel();
        }
    }

    /**
     * What made the deadline an inner one, found here: timing out a transaction's Uni from outside cancels it, and
     * Hibernate Reactive's rollback then waits behind the statement still running on the connection. The caller has
     * its answer, the database still has a session waiting for the lock, holding the rows it locked before, until the
     * lock is granted (here, when the test lets it go) or PostgreSQL's own limit ends the statement.
     */
    @Test
    void cancellingATransactionFromOutsideLeavesItsStatementRunning() throws Exception {
        threeDossiers();
        lock(code(2));
        Uni<Object> outside = VertxContexts.onDuplicatedContext(vertx, () -> Panache.withTransaction(() -> Panache
                        .getSession().flatMap(s -> s.createNativeQuery("select id from dossier where code = ?1 for update")
                                .setParameter(1, code(2)).getSingleResult())))
                .ifNoItem().after(Duration.ofMillis(500)).fail();
        assertThatThrownBy(() -> outside.await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(io.smallrye.mutiny.TimeoutException.class);
        Thread.sleep(1_000);
        assertThat(longestWaitMillis()).as("the cancelled transaction's statement still waits").isPositive();
        unlock();
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(stuckSessions()).isZero());
    }

    private static Uni<Integer> insertProcedure(String code) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                "insert into procedure (code, name) values (?1, 'test')").setParameter(1, code).executeUpdate());
    }
}
