package vn.motcua.zalo.outbound;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.smallrye.mutiny.Uni;

/**
 * Where {@link CallGate} takes its call slots: the app-wide budget in PostgreSQL inside the running
 * application ({@link SharedCallBudgets}), or an in-memory one for a gate used on its own (unit tests).
 */
interface CallBudget {

    /**
     * Nanoseconds the caller waits for its slot; fails with a {@link ZaloErrorClass#RETRY_LATER}
     * {@link ZaloApiException} when no slot is free within {@link CallGate#MAX_WAIT}.
     */
    Uni<Long> acquire();

    /**
     * The app-wide budget of {@code perMinute} calls when the application runs. Looked up rather than injected
     * so that the gate keeps its constructor (LiveMessenger builds it from configuration).
     */
    static CallBudget forRate(int perMinute) {
        ArcContainer arc = Arc.container();
        if (arc != null && arc.isRunning()) {
            var shared = arc.instance(SharedCallBudgets.class);
            if (shared.isAvailable()) {
                return shared.get().forRate(perMinute);
            }
        }
        return new LocalCallBudget(perMinute);
    }

    static ZaloApiException queueFull(String where) {
        return new ZaloApiException(-32, where + " rate limit: queue full", ZaloErrorClass.RETRY_LATER);
    }
}
