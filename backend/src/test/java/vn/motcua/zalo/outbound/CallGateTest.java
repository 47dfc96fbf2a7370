package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The circuit breaker; the gate's slots come from its budget (LocalCallBudgetTest, SharedCallBudgetTest). */
class CallGateTest {

    @Test
    void zaloErrorsDoNotOpenTheCircuitButUnavailabilityDoes() {
        CallGate gate = new CallGate(100_000, 2, Duration.ofMinutes(1));
        gate.failed(ZaloApiException.of(-230, "outside the window"));
        gate.failed(ZaloApiException.of(-230, "outside the window"));
        gate.checkCircuit(System.nanoTime());
        gate.failed(ZaloApiException.unavailable("HTTP 502"));
        gate.succeeded();
        gate.failed(ZaloApiException.unavailable("HTTP 502"));
        gate.checkCircuit(System.nanoTime());
        gate.failed(ZaloApiException.unavailable("HTTP 502"));
        ZaloApiException refused = catchThrowableOfType(ZaloApiException.class,
                () -> gate.checkCircuit(System.nanoTime()));
        assertThat(refused).hasMessageContaining("circuit open");
        // nobody asked Zalo: the caller has spent no attempt and knows when the circuit closes
        assertThat(refused.notCalled()).isTrue();
        assertThat(refused.circuitOpenFor()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(ZaloApiException.unavailable("HTTP 502").notCalled()).isFalse();
    }

    @Test
    void aCallWaitsForItsSlotAndABudgetRefusalNeverReachesZalo() {
        CallGate gate = new CallGate(() -> Uni.createFrom().item(Duration.ofMillis(120).toNanos()), 2,
                Duration.ofMinutes(1));
        long start = System.nanoTime();
        String answer = gate.call(() -> Uni.createFrom().item("sent")).await().atMost(Duration.ofSeconds(2));
        assertThat(answer).isEqualTo("sent");
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(120).toNanos());

        CallGate full = new CallGate(() -> Uni.createFrom().failure(CallBudget.queueFull("test")), 2,
                Duration.ofMinutes(1));
        boolean[] called = {false};
        ZaloApiException refused = catchThrowableOfType(ZaloApiException.class, () -> full.call(() -> {
            called[0] = true;
            return Uni.createFrom().item("sent");
        }).await().atMost(Duration.ofSeconds(2)));
        assertThat(refused.errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        assertThat(called[0]).isFalse();
    }
}
