package vn.motcua.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code motcua.integration.*}: the one-stop systems' doors: bootstrap key, API-key cache, batch and body limits, the
 * deadline of an intake transaction.
 * Owned by this feature, not by {@code config}: the shared configuration knows no feature.
 */
@ConfigMapping(prefix = "motcua.integration")
public interface IntegrationSettings {
    /** One API key accepted from configuration, for the first set-up and for tests. */
    @WithName("bootstrap-key")
    Optional<String> bootstrapKey();

    @WithName("bootstrap-source")
    @WithDefault("bootstrap")
    String bootstrapSource();

    /**
     * How long an instance trusts its memory of an API key. A key revoked in the admin stops at once on the
     * instance that revoked it; other instances notice within this time.
     */
    @WithName("api-key-cache-ttl")
    @WithDefault("PT10S")
    Duration apiKeyCacheTtl();

    /** Source system recorded for records that arrive on the dossier-updates queue. */
    @WithName("queue-source")
    @WithDefault("queue")
    String queueSource();

    /**
     * How many transactions at once apply one message of the queue door. Messages are taken one at a time, in
     * order; within a message, one dossier's records stay in one lane, in order.
     */
    @WithName("queue-lanes")
    @WithDefault("4")
    int queueLanes();

    @WithName("max-batch")
    @WithDefault("500")
    int maxBatch();

    /**
     * How many consecutive valid records of a batch share one transaction. One commit per record is what held
     * intake far below the database's speed (issue 17); a record that fails inside a shared transaction sends
     * its neighbours back to be applied again without it, so per-record results and refusals stay what they
     * were. 1 applies every record in its own transaction.
     */
    @WithName("records-per-transaction")
    @WithDefault("50")
    int recordsPerTransaction();

    /** Largest accepted intake body in bytes. */
    @WithName("max-body-bytes")
    @WithDefault("5242880")
    int maxBodyBytes();

    /**
     * The longest one intake transaction may take. Past it the transaction is rolled back and the batch answered 503
     * (the queue door requeues the message), where a hang (a lock held by another session, a lost error) used to keep
     * the sender waiting and the rows locked forever. PostgreSQL enforces it too, on the transaction's own statements,
     * lock waits and idle time, so that no lock outlives it on the database side either.
     */
    @WithName("transaction-timeout")
    @WithDefault("PT30S")
    Duration transactionTimeout();
}
