package vn.motcua.zalo.bot;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.ZaloSettings;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * zalo_conversation: whether the bot or an officer answers, the citizen's last message, and which dossier the
 * conversation is about. That dossier decides which officers see the conversation in the admin inbox: the ones
 * whose subtree holds its agency; a conversation about no dossier is for the root agency's officers.
 */
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

    /**
     * Hand-over to an officer: the conversation is about the dossier the citizen last named to the bot (typed
     * code, receipt photo, follow) within the hand-off timeout; an older or no mention leaves it about nothing.
     */
    private static final String HAND_OVER = """
            insert into zalo_conversation (zalo_user_id, state, human_requested_at) values ($1, 'human', $2)
            on conflict (zalo_user_id) do update set state = 'human', human_requested_at = $2, updated_at = now(),
                   dossier_id = case when zalo_conversation.last_dossier_at > $2 - make_interval(secs => $3)
                                     then zalo_conversation.last_dossier_id end""";
    private static final String NOTE_DOSSIER = """
            update zalo_conversation c set last_dossier_id = d.id, last_dossier_at = $3
              from dossier d where c.zalo_user_id = $1 and d.code = $2""";

    private static final String BACK_TO_BOT = """
            update zalo_conversation set state = 'bot', updated_at = now() where zalo_user_id = $1""";
    private static final String DEALT_WITH = """
            update zalo_conversation set state = 'bot', human_requested_at = null, updated_at = now() where zalo_user_id = $1""";

    private final Pool pool;
    private final Duration handoffTimeout;

    public ConversationRepository(Pool pool, ZaloSettings settings) {
        this.pool = pool;
        this.handoffTimeout = settings.config().humanHandoffTimeout();
    }

    /** True when an officer is handling the conversation, so the bot must stay quiet. */
    public Uni<Boolean> recordMessage(String userId, String text, OffsetDateTime at, Duration handoffTimeout) {
        String stored = text == null ? null : text.substring(0, Math.min(text.length(), 2000));
        return pool.preparedQuery(RECORD)
                .execute(Tuple.of(userId, at, stored, (double) handoffTimeout.toSeconds()))
                .map(rows -> "human".equals(rows.iterator().next().getString(0)));
    }

    public Uni<Void> handToOfficer(String userId, OffsetDateTime at) {
        return pool.preparedQuery(HAND_OVER).execute(Tuple.of(userId, at, (double) handoffTimeout.toSeconds()))
                .replaceWithVoid();
    }

    /** Remembers the dossier (stored code) the citizen just asked the bot about; unknown codes change nothing. */
    public Uni<Void> noteDossier(String userId, String code, OffsetDateTime at) {
        return pool.preparedQuery(NOTE_DOSSIER).execute(Tuple.of(userId, code, at)).replaceWithVoid();
    }

    /**
     * An officer gives the conversation back to the bot, in {@code client}'s transaction; {@code dealtWith}: the
     * citizen's request is answered, so the conversation no longer waits for anyone.
     */
    public Uni<Void> backToBot(SqlClient client, String userId, boolean dealtWith) {
        return client.preparedQuery(dealtWith ? DEALT_WITH : BACK_TO_BOT).execute(Tuple.of(userId)).replaceWithVoid();
    }
}
