package vn.motcua.zalo.bot;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;

/** zalo_conversation: whether the bot or an officer answers, and the citizen's last message. */
@ApplicationScoped
public class ConversationRepository {
    /**
     * Records the message and answers who handles the conversation now. A conversation left with an officer
     * and silent for longer than the hand-off timeout goes back to the bot.
     */
    private static final String RECORD = """
            insert into zalo_conversation (zalo_user_id, last_user_message_at, last_user_message) values ($1, $2, $3)
            on conflict (zalo_user_id) do update set
               state = case when zalo_conversation.state = 'human'
                             and zalo_conversation.last_user_message_at < $2 - make_interval(secs => $4)
                            then 'bot' else zalo_conversation.state end,
               last_user_message_at = excluded.last_user_message_at,
               last_user_message = excluded.last_user_message, updated_at = now()
            returning state""";

    private final Pool pool;

    public ConversationRepository(Pool pool) {
        this.pool = pool;
    }

    /** True when an officer is handling the conversation, so the bot must stay quiet. */
    public Uni<Boolean> recordMessage(String userId, String text, OffsetDateTime at, Duration handoffTimeout) {
        String stored = text == null ? null : text.substring(0, Math.min(text.length(), 2000));
        return pool.preparedQuery(RECORD)
                .execute(Tuple.of(userId, at, stored, (double) handoffTimeout.toSeconds()))
                .map(rows -> "human".equals(rows.iterator().next().getString(0)));
    }

    public Uni<Void> handToOfficer(String userId, OffsetDateTime at) {
        return pool.preparedQuery("""
                        insert into zalo_conversation (zalo_user_id, state, human_requested_at) values ($1, 'human', $2)
                        on conflict (zalo_user_id) do update set state = 'human', human_requested_at = $2,
                               updated_at = now()""")
                .execute(Tuple.of(userId, at)).replaceWithVoid();
    }
}
