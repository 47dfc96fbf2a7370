package vn.motcua.zalo.outbound;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseClockTest {
    /** The database's clock reads this many microseconds when the local nanoTime reads 0. */
    static final long OFFSET_MICROS = 1_800_000_000_000_000L;
    static final long MS = 1_000_000;

    @Test
    void theQuickestAnswerSetsTheOffsetSoSlowAnswersDoNotShiftSlots() {
        DatabaseClock clock = new DatabaseClock();
        clock.observe(databaseTimeAt(10 * MS), 40 * MS); // answered 30 ms after the database ran it
        assertThat(clock.toLocal(databaseTimeAt(100 * MS))).isEqualTo(130 * MS);

        clock.observe(databaseTimeAt(50 * MS), 51 * MS); // a quick answer: 1 ms
        clock.observe(databaseTimeAt(60 * MS), 105 * MS); // a slow one again: 45 ms
        assertThat(clock.toLocal(databaseTimeAt(200 * MS)))
                .as("read with the 1 ms answer, never earlier than the database's time").isEqualTo(201 * MS);
    }

    @Test
    void windowsRollSoADriftIsFollowedAfterTwoWindows() {
        DatabaseClock clock = new DatabaseClock();
        long window = DatabaseClock.WINDOW.toNanos();
        clock.observe(databaseTimeAt(0), 1 * MS);
        clock.observe(databaseTimeAt(window), window + 5 * MS); // second window: the quickest is 5 ms now
        assertThat(clock.toLocal(databaseTimeAt(window))).as("the last window's 1 ms still counts")
                .isEqualTo(window + 1 * MS);

        clock.observe(databaseTimeAt(2 * window), 2 * window + 5 * MS);
        assertThat(clock.toLocal(databaseTimeAt(2 * window))).isEqualTo(2 * window + 5 * MS);
    }

    private static long databaseTimeAt(long localNanos) {
        return OFFSET_MICROS + localNanos / 1000;
    }
}
