package vn.motcua.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Has PostgreSQL itself end an intake transaction that outlives its deadline, so that its row locks are released even
 * when the application cannot end it: a statement (a lock wait included) is cancelled after the deadline, and a
 * session left idle inside the transaction is closed after it. {@code SET LOCAL}: the limits end with the transaction,
 * the pooled connection's other transactions keep the server's defaults.
 */
@ApplicationScoped
public class TransactionLimitsStore {
    /** One statement, one round trip; {@code set_config(..., true)} is {@code SET LOCAL} with a parameter. */
    private static final String LIMIT = "select set_config('statement_timeout', ?1, true), "
            + "set_config('lock_timeout', ?1, true), set_config('idle_in_transaction_session_timeout', ?1, true)";

    /** Limits the current transaction's statements, lock waits and idle time to {@code timeout} each. */
    public Uni<Void> limit(Duration timeout) {
        String millis = Math.max(1, timeout.toMillis()) + "ms";
        return Panache.getSession().flatMap(session -> session.createNativeQuery(LIMIT).setParameter(1, millis)
                .getSingleResult()).replaceWithVoid();
    }
}
