package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Bounds an intake transaction by {@code motcua.integration.transaction-timeout}, in two layers. PostgreSQL's own
 * limits ({@link TransactionLimitsStore}) end a statement or an idle session that outlives the deadline; this class
 * fails the transaction's work when the deadline passes, whatever it waits for (a lost error once left a transaction
 * open with no statement running, which no database limit but the idle one sees).
 * <p>
 * Used inside the transaction ({@code @WithTransaction}), not around it: the work fails, so Hibernate Reactive rolls
 * back and closes the session on its usual path, on the transaction's own Vert.x context (the timer runs there). Timing
 * out the transaction's Uni from outside would cancel it instead, from a timer thread, and a statement still running
 * on the connection would then outlive the answer (see {@code IntakeTimeoutTest}).
 */
@ApplicationScoped
public class TransactionDeadline {
    private final Vertx vertx;
    private final TransactionLimitsStore limits;
    private final Duration timeout;

    public TransactionDeadline(Vertx vertx, TransactionLimitsStore limits, IntegrationSettings settings) {
        this.vertx = vertx;
        this.limits = limits;
        this.timeout = settings.transactionTimeout();
    }

    /**
     * The work of the current transaction, its limits set first; fails with {@link IntakeTimeoutException} when the
     * deadline passes (the work is then cancelled) or when PostgreSQL ended it at its limits.
     */
    public <T> Uni<T> bound(Supplier<Uni<T>> work) {
        Uni<T> limited = limits.limit(timeout).chain(work::get);
        return Uni.createFrom().<T>emitter(emitter -> {
            AtomicReference<Cancellable> running = new AtomicReference<>();
            // on the caller's (the transaction's) context, so the rollback that follows runs where the session lives
            long timer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
                Cancellable subscription = running.get();
                if (subscription != null) {
                    subscription.cancel();
                }
                emitter.fail(new IntakeTimeoutException(timeout, null));
            });
            emitter.onTermination(() -> vertx.cancelTimer(timer));
            running.set(limited.subscribe().with(emitter::complete, emitter::fail));
        }).onFailure(failure -> !(failure instanceof IntakeTimeoutException) && IntakeTimeoutException.isDeadline(failure))
                .transform(failure -> new IntakeTimeoutException(timeout, failure));
    }
}
