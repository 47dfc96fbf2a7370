package vn.motcua.receipt;

import io.smallrye.mutiny.subscription.Cancellable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The turns of the photo decoder, step by step: a hand-driven executor runs one job at a time. */
class FairSchedulerTest {
    private final List<Runnable> executor = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final List<Object> answers = new ArrayList<>();

    private FairScheduler scheduler(int maxRunning) {
        return new FairScheduler(maxRunning, 1, 2, 1_000, Duration.ofSeconds(2), executor::add);
    }

    private Cancellable submit(FairScheduler scheduler, String client, String job) {
        return scheduler.submit(client, 100, () -> {
            ran.add(job);
            if (job.endsWith("!")) {
                throw new IllegalStateException(job);
            }
            return job;
        }).subscribe().with(answers::add, answers::add);
    }

    private void runNext() {
        executor.remove(0).run();
    }

    @Test
    void aFloodingClientHoldsOneSlotAndAShortQueueAndIsToldToWait() {
        FairScheduler scheduler = scheduler(2);
        for (int i = 1; i <= 6; i++) {
            submit(scheduler, "flood", "F" + i);
        }
        assertThat(scheduler.running()).isEqualTo(1);
        assertThat(scheduler.waiting()).isEqualTo(2);
        assertThat(answers).hasSize(3).allSatisfy(answer -> assertThat(answer).isInstanceOfSatisfying(FairScheduler.Busy.class,
                busy -> {
                    assertThat(busy.status()).isEqualTo(429);
                    assertThat(busy.retryAfterSeconds()).isEqualTo(6);
                }));
        // another client's photo takes the second slot at once, ahead of the flood's queue
        submit(scheduler, "citizen", "C1");
        assertThat(executor).hasSize(2);
        runNext();
        runNext();
        assertThat(ran).containsExactly("F1", "C1");
        assertThat(answers).endsWith("F1", "C1");
        runNext();
        runNext();
        assertThat(ran).containsExactly("F1", "C1", "F2", "F3");
        assertThat(scheduler.running()).isZero();
        assertThat(executor).isEmpty();
    }

    @Test
    void clientsTakeTurnsWhenSlotsAreScarce() {
        FairScheduler scheduler = scheduler(1);
        submit(scheduler, "a", "A1");
        submit(scheduler, "a", "A2");
        submit(scheduler, "a", "A3");
        submit(scheduler, "b", "B1");
        submit(scheduler, "c", "C1");
        submit(scheduler, "b", "B2");
        while (!executor.isEmpty()) {
            runNext();
        }
        assertThat(ran).containsExactly("A1", "A2", "B1", "C1", "A3", "B2");
    }

    @Test
    void aWaitingPhotoWithdrawnByItsClientLeavesTheQueue() {
        FairScheduler scheduler = scheduler(1);
        submit(scheduler, "a", "A1");
        Cancellable second = submit(scheduler, "b", "B1");
        assertThat(scheduler.waiting()).isEqualTo(1);
        second.cancel();
        assertThat(scheduler.waiting()).isZero();
        runNext();
        assertThat(executor).isEmpty();
        assertThat(ran).containsExactly("A1");
    }

    @Test
    void aFailingJobFreesItsSlotAndTooManyBytesWaitingIsA503() {
        FairScheduler scheduler = new FairScheduler(1, 1, 5, 250, Duration.ofSeconds(2), executor::add);
        submit(scheduler, "a", "A1!");
        submit(scheduler, "b", "B1");
        submit(scheduler, "c", "C1");
        submit(scheduler, "d", "D1");
        assertThat(answers).singleElement().isInstanceOfSatisfying(FairScheduler.Busy.class,
                busy -> assertThat(busy.status()).isEqualTo(503));
        runNext();
        assertThat(answers.get(1)).isInstanceOf(IllegalStateException.class);
        runNext();
        runNext();
        assertThat(ran).containsExactly("A1!", "B1", "C1");
        assertThat(scheduler.running()).isZero();
    }
}
