package vn.motcua.zalo.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.common.VertxContexts;
import vn.motcua.zalo.ZaloSettings;

import java.io.IOException;

/**
 * Hands stored events to the {@link ZaloEventHandler} (the bot), several at once but each citizen's in the order
 * they wrote, and records the outcome on the inbox row.
 */
@ApplicationScoped
public class InboxProcessor {
    /** Rows read per page of a sweep; the channel's buffer (2,000) bounds how many a sweep hands back. */
    private static final int SWEEP_PAGE = 500;
    /**
     * The longest the bot may spend on one event (a photo fetched and decoded, replies stored): below the 60 s after
     * which {@link InboxRepository} lets another instance take a claim, so an event is never handled twice at once.
     */
    static final java.time.Duration HANDLING_LIMIT = java.time.Duration.ofSeconds(40);

    private final InboxRepository inbox;
    private final ZaloEventHandler handler;
    private final Vertx vertx;
    private final WebhookReceiver receiver;
    private final ObjectMapper json;
    private final UserLanes lanes;

    public InboxProcessor(InboxRepository inbox, ZaloEventHandler handler, Vertx vertx, WebhookReceiver receiver,
                          ObjectMapper json, ZaloSettings settings) {
        this.inbox = inbox;
        this.handler = handler;
        this.vertx = vertx;
        this.receiver = receiver;
        this.json = json;
        this.lanes = new UserLanes(settings.config().inboxConcurrency());
    }

    /** Answers as soon as the event has a place among those running, so the channel keeps the pace. */
    @Incoming("zalo-events")
    public Uni<Void> process(InboxEvent stored) {
        return lanes.submit(stored.event().userId(), () -> handle(stored));
    }

    Uni<Void> handle(InboxEvent stored) {
        long id = stored.inboxId();
        return VertxContexts.onDuplicatedContext(vertx, () -> inbox.claim(id).flatMap(claimed -> {
                    if (!claimed) {
                        return Uni.createFrom().voidItem();
                    }
                    return handler.handle(stored.event()).ifNoItem().after(HANDLING_LIMIT).fail()
                            .flatMap(handled -> inbox.finish(id,
                            handled ? InboxRepository.InboxState.PROCESSED : InboxRepository.InboxState.IGNORED,
                            null));
                }))
                .onFailure().recoverWithUni(e -> {
                    Log.errorf(e, "Zalo event %d (%s) failed", id, stored.event().eventName());
                    return inbox.finish(id, InboxRepository.InboxState.FAILED, String.valueOf(e));
                })
                .onFailure().invoke(e -> Log.errorf(e, "Could not mark Zalo event %d as failed", id))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Events the channel dropped (a burst larger than its buffer), or whose processor died, are handed to the bot
     * again, page after page, until the channel is full: the rest waits for the next sweep.
     */
    @Scheduled(every = "${zalo.inbox-sweep-every:15s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sweepAfter(0L);
    }

    private Uni<Void> sweepAfter(long afterId) {
        return inbox.stuck(SWEEP_PAGE, afterId).flatMap(rows -> {
            long last = afterId;
            for (InboxRepository.StoredEvent row : rows) {
                if (!handBack(row)) {
                    return Uni.createFrom().voidItem();
                }
                last = row.id();
            }
            return rows.size() < SWEEP_PAGE ? Uni.createFrom().voidItem() : sweepAfter(last);
        });
    }

    /** False when the channel is full. */
    private boolean handBack(InboxRepository.StoredEvent row) {
        try {
            return receiver.dispatch(new InboxEvent(row.id(), ZaloEvent.parse(json.readTree(row.rawBody()))));
        } catch (IOException e) {
            Log.errorf("Inbox row %d is not JSON any more: %s", row.id(), e.getMessage());
            return true;
        }
    }
}
