package vn.motcua.intake;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells an infrastructure failure (worth sending again: the database was unreachable, busy or restarting) from a
 * data problem (the same record will fail again, forever). Only the first kind is retryable; the queue door requeues
 * a message only for it, so a record the database refuses never loops.
 */
final class Failures {
    /**
     * SQLSTATE classes that say nothing about the record: connection (08), transaction rollback such as a
     * serialization failure or deadlock (40), insufficient resources (53), operator intervention (57), system (58).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");

    private Failures() {
    }

    static boolean isInfrastructure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseException db) {
                String state = db.getSqlState();
                return state != null && state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2));
            }
            if (t instanceof ClosedConnectionException || t instanceof IOException || t instanceof TimeoutException
                    || t instanceof io.smallrye.mutiny.TimeoutException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Connection refused") || message.contains("Connection is closed")
                    || message.contains("Timeout"))) {
                return true;
            }
        }
        return false;
    }
}
