package vn.motcua.zalo.reply;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.notification.RetryLadderStore;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloMessage;
import vn.motcua.zalo.outbound.ZaloMessenger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends chat replies: at once for {@link ChatReplies}, and from zalo_reply in a sweep every few seconds for the
 * replies due again (after a temporary failure, after the province acted, behind an earlier reply of the same
 * citizen) or whose sender died (lease run out: sent again, at most a repeat of what was in flight). A sweep takes
 * only each citizen's earliest open reply, so replies keep their order. All calls go through the OA client, whose
 * shared limiter and circuit breaker apply.
 */
@ApplicationScoped
public class ReplySender {
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 200;
    private static final int CONCURRENCY = 16;

    private final ReplyStore records;
    private final ZaloMessenger messenger;
    private final RetryLadderStore ladder;
    private final Duration window;
    private final MeterRegistry registry;
    private final OpenReplies open = new OpenReplies();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public ReplySender(ReplyStore records, ZaloMessenger messenger, RetryLadderStore ladder, ZaloSettings settings,
                       MeterRegistry registry) {
        this.records = records;
        this.messenger = messenger;
        this.ladder = ladder;
        this.window = settings.config().replyWindow();
        this.registry = registry;
    }

    /** A reply held for this sender: {@code windowClosed} when the citizen's window ended before it went. */
    record Claimed(long id, String userId, ZaloMessage message, int attempts, boolean windowClosed) {
    }

    void onStart(@Observes StartupEvent event) {
        records.openUsers().subscribe().with(open::refresh, e -> Log.warnf("Open replies not read: %s", e.getMessage()));
    }

    boolean hasOpenReplies(String userId) {
        return open.has(userId);
    }

    void noteOpen(String userId) {
        open.note(userId);
    }

    /** The first attempt of a new reply: nothing is written when it goes; otherwise its outcome is. */
    Uni<Void> sendNow(ZaloMessage message) {
        return Uni.createFrom().deferred(() -> messenger.sendConsultation(message))
                .invoke(id -> count(new ReplyPolicy.Outcome("sent", null, null, Duration.ZERO)))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> outcome(e, 1).flatMap(outcome -> {
                    count(outcome);
                    if (!outcome.failed()) {
                        open.note(message.userId());
                    } else {
                        Log.warnf("Reply to %s given up: %s", message.userId(), outcome.reason());
                    }
                    return records.insert(message, outcome, 1);
                }));
    }

    /** One attempt of a recorded reply; the outcome is recorded, never thrown. */
    Uni<Void> attempt(Claimed reply) {
        if (reply.windowClosed()) {
            return record(reply, ReplyPolicy.windowClosed(null), null);
        }
        return Uni.createFrom().deferred(() -> messenger.sendConsultation(reply.message()))
                .flatMap(messageId -> record(reply, new ReplyPolicy.Outcome("sent", null, null, Duration.ZERO), messageId))
                .onFailure().recoverWithUni(e -> outcome(e, reply.attempts()).flatMap(o -> record(reply, o, null)))
                .onFailure().invoke(e -> Log.errorf(e, "Reply %d: outcome not recorded; its lease will run out", reply.id()))
                .onFailure().recoverWithNull();
    }

    private Uni<ReplyPolicy.Outcome> outcome(Throwable error, int attempts) {
        return ladder.delayOrLast(attempts).map(delay -> {
            if (error instanceof ZaloApiException zalo) {
                // kept from Zalo by our own open circuit: due again when it closes, not on the next rung
                return ReplyPolicy.afterZaloError(zalo, zalo.notCalled() ? zalo.circuitOpenFor().plusSeconds(1) : delay);
            }
            Log.errorf(error, "A reply could not be sent");
            return ReplyPolicy.technical(error, delay);
        });
    }

    private Uni<Void> record(Claimed reply, ReplyPolicy.Outcome outcome, String messageId) {
        if (outcome.failed()) {
            Log.warnf("Reply %d to %s given up: %s", reply.id(), reply.userId(), outcome.reason());
        }
        count(outcome);
        return records.record(reply, outcome, messageId);
    }

    private void count(ReplyPolicy.Outcome outcome) {
        counters.computeIfAbsent(outcome.status() + "|" + outcome.failureClass(), k -> Counter.builder("motcua.zalo.replies")
                .tag("status", outcome.status()).tag("failure", String.valueOf(outcome.failureClass()))
                .description("Chat replies by outcome of their attempt").register(registry)).increment();
    }

    /** Runs a sweep now (a reply waits behind another one), or right after the running one. */
    public void wake() {
        again.set(true);
        if (sweeping.compareAndSet(false, true)) {
            again.set(false);
            sweepAll().subscribe().with(v -> done(), e -> {
                Log.errorf(e, "Reply sweep failed; the timer will try again");
                done();
            });
        }
    }

    private void done() {
        sweeping.set(false);
        if (again.getAndSet(false)) {
            wake();
        }
    }

    @Scheduled(every = "${zalo.reply-sweep-every:2s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        wake();
    }

    Uni<Void> sweepAll() {
        return records.releaseExpired().flatMap(x -> sweepOnce()).flatMap(x -> records.openUsers()).invoke(open::refresh)
                .replaceWithVoid();
    }

    private Uni<Void> sweepOnce() {
        return records.claim(BATCH, LEASE, window).flatMap(claimed -> claimed.isEmpty() ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(claimed).onItem().transformToUni(this::attempt).merge(CONCURRENCY)
                .collect().last().flatMap(x -> claimed.size() < BATCH ? Uni.createFrom().voidItem() : sweepOnce()));
    }
}
