package vn.motcua.notification;

import org.junit.jupiter.api.Test;
import vn.motcua.web.ForegroundActivity;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Sends are spaced only while people use the product. */
class SendPaceTest {

    static ForegroundActivity foreground(boolean busy) {
        return new ForegroundActivity() {
            @Override
            public boolean busy() {
                return busy;
            }
        };
    }

    @Test
    void whileBusySendsAreSpacedEvenlyAtTheConfiguredRate() {
        SendPace pace = new SendPace(foreground(true), 200);
        long now = System.nanoTime();
        long[] waits = {pace.reserve(now), pace.reserve(now), pace.reserve(now), pace.reserve(now)};
        assertThat(waits).containsExactly(0, TimeUnit.MILLISECONDS.toNanos(5), TimeUnit.MILLISECONDS.toNanos(10),
                TimeUnit.MILLISECONDS.toNanos(15));
        // a second later the backlog of slots is gone: no wait piles up from the past
        assertThat(pace.reserve(now + TimeUnit.SECONDS.toNanos(1))).isZero();
    }

    @Test
    void nobodyUsingTheProductMeansNoWaitAtAll() {
        SendPace pace = new SendPace(foreground(false), 200);
        for (int i = 0; i < 1000; i++) {
            assertThat(pace.turn().subscribeAsCompletionStage()).isDone();
        }
        // and the idle sends took no slots from the next busy ones
        assertThat(pace.reserve(System.nanoTime())).isZero();
    }

    @Test
    void zeroTurnsThePacingOff() {
        SendPace pace = new SendPace(foreground(true), 0);
        for (int i = 0; i < 1000; i++) {
            assertThat(pace.turn().subscribeAsCompletionStage()).isDone();
        }
    }

    @Test
    void aBusyTurnWaitsForItsSlot() {
        SendPace pace = new SendPace(foreground(true), 10);
        assertThat(pace.turn().subscribeAsCompletionStage()).isDone();
        assertThat(pace.turn().subscribeAsCompletionStage()).isNotDone();
    }
}
