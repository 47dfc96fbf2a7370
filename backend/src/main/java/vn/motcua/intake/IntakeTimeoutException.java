package vn.motcua.intake;

import io.vertx.sqlclient.DatabaseException;
import org.hibernate.JDBCException;
import vn.motcua.common.problem.ProblemException;

import java.time.Duration;
import java.util.Set;

/**
 * An intake transaction did not finish within {@code motcua.integration.transaction-timeout} and was rolled back. Not
 * a record's fault and not a server error: the batch stops there and its sender is told to send it again (503 with
 * Retry-After; the queue door requeues the message), which is safe because applying a record twice changes nothing.
 */
public class IntakeTimeoutException extends ProblemException {
    /**
     * What PostgreSQL answers when the transaction's own limits ({@link TransactionLimitsStore}) end it: a lock waited
     * for too long (55P03), a statement cancelled at its timeout (57014), the session closed after idling in the
     * transaction (25P03).
     */
    private static final Set<String> DEADLINE_STATES = Set.of("55P03", "57014", "25P03");

    IntakeTimeoutException(Duration timeout, Throwable cause) {
        super(503, "intake-timeout", "Hệ thống đang bận", "The records could not be applied within "
                + seconds(timeout) + " s (a dossier locked by another change, or the database busy) and were rolled "
                + "back. Records of this batch applied in earlier transactions stay applied; sending the whole batch "
                + "again is safe.");
        initCause(cause);
        headers().put("Retry-After", Long.toString(seconds(timeout)));
        with("retryable", true);
    }

    /** Whether this failure is a transaction ended by its deadline, ours or the database's. */
    static boolean isDeadline(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IntakeTimeoutException) {
                return true;
            }
            if (t instanceof DatabaseException db && DEADLINE_STATES.contains(db.getSqlState())) {
                return true;
            }
            // Hibernate may carry PostgreSQL's answer converted
            if (t instanceof JDBCException jdbc && DEADLINE_STATES.contains(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static long seconds(Duration timeout) {
        return Math.max(1, (timeout.toMillis() + 999) / 1000);
    }
}
