package vn.motcua.zalo.outbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-process budget spaces calls evenly, so that no minute ever holds more than the configured rate. */
class LocalCallBudgetTest {

    @Test
    void slotsAreSpacedSoThatAMinuteNeverHoldsMoreThanTheRate() {
        LocalCallBudget budget = new LocalCallBudget(600); // one call every 100 ms
        long now = 1_000_000_000L;
        long[] waits = new long[5];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = budget.reserve(now);
        }
        assertThat(waits).containsExactly(0, 100_000_000L, 200_000_000L, 300_000_000L, 400_000_000L);
        // a caller arriving later than its slot does not wait, and does not bank unused slots
        long later = now + Duration.ofSeconds(10).toNanos();
        assertThat(budget.reserve(later)).isZero();
        assertThat(budget.reserve(later)).isEqualTo(100_000_000L);
    }

    @Test
    void aCallerThatWouldWaitTooLongIsToldToRetryLater() {
        LocalCallBudget budget = new LocalCallBudget(60); // one a second: the 22nd would wait 21 s
        long now = 0;
        for (int i = 0; i <= 20; i++) {
            budget.reserve(now);
        }
        assertThatThrownBy(() -> budget.reserve(now)).isInstanceOfSatisfying(ZaloApiException.class,
                e -> assertThat(e.errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER));
    }
}
