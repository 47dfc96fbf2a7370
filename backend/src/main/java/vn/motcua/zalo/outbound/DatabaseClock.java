package vn.motcua.zalo.outbound;

import java.time.Duration;

/**
 * The database's clock read on this instance's {@link System#nanoTime()}. Every answer of the database says what
 * its clock read when it ran the statement; the answer arrives here some latency later, so the offset it gives
 * (local receipt minus database time) is the true offset plus that latency, never less. The quickest answer of
 * the last one or two windows is the best estimate: slot times converted with it keep the database's spacing,
 * where converting each block with its own answer would shift every block by its own latency (blocks answered
 * slowly then crowd the next ones). Windows roll so a drift between the two clocks is followed.
 */
final class DatabaseClock {
    static final Duration WINDOW = Duration.ofSeconds(30);

    private long previousBest = Long.MAX_VALUE;
    private long currentBest = Long.MAX_VALUE;
    private long windowStart;
    private boolean started;

    /** Records an answer: the database's time (epoch microseconds) and the local time it was received. */
    synchronized void observe(long databaseMicros, long receivedNanos) {
        if (!started || receivedNanos - windowStart >= WINDOW.toNanos()) {
            previousBest = started ? currentBest : Long.MAX_VALUE;
            currentBest = Long.MAX_VALUE;
            windowStart = receivedNanos;
            started = true;
        }
        currentBest = Math.min(currentBest, receivedNanos - databaseMicros * 1000);
    }

    /** A database time (epoch microseconds) as a local {@link System#nanoTime()}; call after one observation. */
    synchronized long toLocal(long databaseMicros) {
        return databaseMicros * 1000 + Math.min(previousBest, currentBest);
    }
}
