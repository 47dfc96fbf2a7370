package vn.motcua.zalo.outbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared limiter spaces calls evenly, so that no minute ever holds more than the configured rate. */
class CallGateTest {

    @Test
    void slotsAreSpacedSoThatAMinuteNeverHoldsMoreThanTheRate() {
        CallGate gate = new CallGate(600, 5, Duration.ofSeconds(30)); // one call every 100 ms
        long now = 1_000_000_000L;
        long[] waits = new long[5];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = gate.reserve(now);
        }
        assertThat(waits).containsExactly(0, 100_000_000L, 200_000_000L, 300_000_000L, 400_000_000L);
        // a caller arriving later than its slot does not wait, and does not bank unused slots
        long later = now + Duration.ofSeconds(10).toNanos();
        assertThat(gate.reserve(later)).isZero();
        assertThat(gate.reserve(later)).isEqualTo(100_000_000L);
    }

    @Test
    void aCallerThatWouldWaitTooLongIsToldToRetryLater() {
        CallGate gate = new CallGate(60, 5, Duration.ofSeconds(30)); // one a second: the 21st waits 20 s
        long now = 0;
        for (int i = 0; i <= 20; i++) {
            gate.reserve(now);
        }
        assertThatThrownBy(() -> gate.reserve(now)).isInstanceOfSatisfying(ZaloApiException.class,
                e -> assertThat(e.errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER));
    }

    @Test
    void zaloErrorsDoNotOpenTheCircuitButUnavailabilityDoes() {
        CallGate gate = new CallGate(100_000, 2, Duration.ofMinutes(1));
        gate.failed(ZaloApiException.of(-230, "outside the window"));
        gate.failed(ZaloApiException.of(-230, "outside the window"));
        gate.reserve(System.nanoTime());
        gate.failed(ZaloApiException.unavailable("HTTP 502"));
        gate.succeeded();
        gate.failed(ZaloApiException.unavailable("HTTP 502"));
        gate.reserve(System.nanoTime());
        gate.failed(ZaloApiException.unavailable("HTTP 502"));
        assertThatThrownBy(() -> gate.reserve(System.nanoTime())).hasMessageContaining("circuit open");
    }
}
