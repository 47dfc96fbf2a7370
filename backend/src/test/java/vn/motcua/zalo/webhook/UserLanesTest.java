package vn.motcua.zalo.webhook;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Several citizens at once, each citizen's messages in order, and no more running than the capacity. */
class UserLanesTest {
    private final List<String> started = new ArrayList<>();

    /** Work that records its start and finishes when the returned future is completed. */
    private Uni<Void> work(String name, CompletableFuture<Void> finish) {
        started.add(name);
        return Uni.createFrom().completionStage(finish);
    }

    @Test
    void differentUsersRunTogetherButOneUsersWorkWaitsForItsEarlierWork() {
        UserLanes lanes = new UserLanes(8);
        CompletableFuture<Void> a1 = new CompletableFuture<>();
        CompletableFuture<Void> a2 = new CompletableFuture<>();
        CompletableFuture<Void> b1 = new CompletableFuture<>();

        assertThat(lanes.submit("a", () -> work("a1", a1)).subscribeAsCompletionStage()).isDone();
        assertThat(lanes.submit("a", () -> work("a2", a2)).subscribeAsCompletionStage()).isDone();
        assertThat(lanes.submit("b", () -> work("b1", b1)).subscribeAsCompletionStage()).isDone();
        assertThat(started).containsExactly("a1", "b1");

        a1.complete(null);
        assertThat(started).containsExactly("a1", "b1", "a2");
        a2.complete(null);
        b1.complete(null);
        assertThat(lanes.running()).isZero();
    }

    @Test
    void aFullSetOfLanesHoldsTheCallerBackUntilOneFinishes() {
        UserLanes lanes = new UserLanes(2);
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();

        assertThat(lanes.submit("a", () -> work("a", first)).subscribeAsCompletionStage()).isDone();
        CompletableFuture<Void> place = lanes.submit("b", () -> work("b", second)).subscribeAsCompletionStage();
        assertThat(place).isNotDone();
        assertThat(lanes.running()).isEqualTo(2);

        second.complete(null);
        assertThat(place).isDone();
        assertThat(lanes.running()).isEqualTo(1);
    }

    @Test
    void failingWorkDoesNotBlockTheUsersNextMessage() {
        UserLanes lanes = new UserLanes(4);
        lanes.submit("a", () -> Uni.createFrom().failure(new IllegalStateException("bot failed")));
        lanes.submit("a", () -> {
            throw new IllegalStateException("could not even start");
        });
        lanes.submit("a", () -> work("after", CompletableFuture.completedFuture(null)));
        assertThat(started).containsExactly("after");
        assertThat(lanes.running()).isZero();
    }
}
