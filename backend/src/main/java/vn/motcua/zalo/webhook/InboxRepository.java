package vn.motcua.zalo.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The webhook inbox on the raw reactive client: storing an event is one statement, so the acknowledgement to
 * Zalo never waits for a session or for the bot.
 */
@ApplicationScoped
public class InboxRepository {
    private static final String INSERT = """
            insert into zalo_inbox (dedupe_key, event_name, zalo_user_id, msg_id, event_time, raw_body)
            values ($1, $2, $3, $4, $5, $6) on conflict (dedupe_key) do nothing returning id""";
    /**
     * Taken by one processor only; a claim older than 60 s is taken again (the instance died): handling one event
     * is bounded well below that ({@link InboxProcessor#HANDLING_LIMIT}), so a live processor is never doubled, and
     * the citizen whose question was in flight on a killed instance waits about a minute, not five.
     */
    private static final String CLAIM = """
            update zalo_inbox set state = 'processing', attempts = attempts + 1, claimed_at = now()
             where id = $1 and (state = 'pending'
                   or (state = 'processing' and claimed_at < now() - interval '60 seconds' and attempts < 3))
            returning id""";
    private static final String FINISH = """
            update zalo_inbox set state = $2, processed_at = now(), error = $3 where id = $1""";
    /**
     * Open rows the channel may have lost: pending for 20 s (the channel's buffer empties in a few seconds even
     * after a burst, so a row still waiting there is rare, and claiming it twice is harmless) or claimed by a
     * processor that died. Paged by id so that one sweep can go through a whole burst.
     */
    private static final String STUCK = """
            select id, raw_body from zalo_inbox
             where state in ('pending', 'processing') and id > $2
               and ((state = 'pending' and received_at < now() - interval '20 seconds')
                    or (state = 'processing' and claimed_at < now() - interval '60 seconds' and attempts < 3))
             order by id limit $1""";

    private static final String FROM_CITIZEN = """
            select raw_body, received_at from zalo_inbox where zalo_user_id = $1
               and event_name in ('user_send_text', 'user_send_image', 'user_submit_info', 'follow')
             order by id desc limit $2""";
    private static final String OPEN_FOR_USER = """
            select count(*) from zalo_inbox where zalo_user_id = $1 and state in ('pending', 'processing')""";

    private final Pool pool;

    public InboxRepository(Pool pool) {
        this.pool = pool;
    }

    /** The new row's id, or null when the event was already stored (a redelivery). */
    public Uni<Long> store(ZaloEvent event, String rawBody) {
        OffsetDateTime at = OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC);
        return pool.preparedQuery(INSERT).execute(Tuple.tuple().addString(event.dedupeKey())
                        .addString(event.eventName()).addString(event.userId()).addString(event.msgId())
                        .addOffsetDateTime(at).addString(rawBody))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }

    public Uni<Boolean> claim(long id) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(id)).map(rows -> rows.size() == 1);
    }

    public Uni<Void> finish(long id, InboxState state, String error) {
        String shortError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        return pool.preparedQuery(FINISH).execute(Tuple.tuple().addLong(id).addString(state.column()).addString(shortError)).replaceWithVoid();
    }

    /** Up to {@code limit} open rows after {@code afterId}, oldest first. */
    public Uni<List<StoredEvent>> stuck(int limit, long afterId) {
        return pool.preparedQuery(STUCK).execute(Tuple.of(limit, afterId)).map(rows -> {
            List<StoredEvent> events = new ArrayList<>();
            for (Row row : rows) {
                events.add(new StoredEvent(row.getLong(0), row.getString(1)));
            }
            return events;
        });
    }

    /** The newest events a citizen sent (what the sandbox's simulator shows as their side of the chat). */
    public Uni<List<ReceivedEvent>> newestFromCitizen(String zaloUserId, int limit) {
        return pool.preparedQuery(FROM_CITIZEN).execute(Tuple.of(zaloUserId, limit)).map(rows -> {
            List<ReceivedEvent> events = new ArrayList<>();
            for (Row row : rows) {
                events.add(new ReceivedEvent(row.getString(0), VietnamTime.inVietnam(row.getOffsetDateTime(1))));
            }
            return events;
        });
    }

    /** How many of the citizen's events are still waiting for or in the bot. */
    public Uni<Long> openFor(String zaloUserId) {
        return pool.preparedQuery(OPEN_FOR_USER).execute(Tuple.of(zaloUserId)).map(rows -> rows.iterator().next().getLong(0));
    }

    public record StoredEvent(long id, String rawBody) {
    }

    public record ReceivedEvent(String rawBody, OffsetDateTime receivedAt) {
    }

    public enum InboxState {
        PROCESSED, IGNORED, FAILED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
