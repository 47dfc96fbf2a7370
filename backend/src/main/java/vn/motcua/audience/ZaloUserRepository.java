package vn.motcua.audience;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** zalo_user: interaction times (the 48-hour window), follow state and the phone linked with consent. */
@ApplicationScoped
public class ZaloUserRepository {
    private static final String TOUCH = """
            insert into zalo_user (zalo_user_id, last_interaction_at) values ($1, $2)
            on conflict (zalo_user_id) do update
               set last_interaction_at = greatest(zalo_user.last_interaction_at, excluded.last_interaction_at)""";
    private static final String FOLLOW = """
            insert into zalo_user (zalo_user_id, followed, followed_at, last_interaction_at) values ($1, true, $2, $2)
            on conflict (zalo_user_id) do update set followed = true, followed_at = $2, unfollowed_at = null,
                   last_interaction_at = greatest(zalo_user.last_interaction_at, $2)""";
    /** Unfollowing stops OA messages; a phone given with consent stays linked for the phone channel. */
    private static final String UNFOLLOW = """
            insert into zalo_user (zalo_user_id, followed, unfollowed_at) values ($1, false, $2)
            on conflict (zalo_user_id) do update set followed = false, unfollowed_at = $2""";
    private static final String LINK_PHONE = """
            insert into zalo_user (zalo_user_id, phone, display_name, phone_consent_at, last_interaction_at)
            values ($1, $2, $3, $4, $4)
            on conflict (zalo_user_id) do update set phone = $2, display_name = coalesce($3, zalo_user.display_name),
                   phone_consent_at = $4, last_interaction_at = greatest(zalo_user.last_interaction_at, $4)""";

    private final Pool pool;

    public ZaloUserRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> touch(String userId, OffsetDateTime at) {
        return pool.preparedQuery(TOUCH).execute(Tuple.of(userId, at)).replaceWithVoid();
    }

    public Uni<Void> follow(String userId, OffsetDateTime at) {
        return pool.preparedQuery(FOLLOW).execute(Tuple.of(userId, at)).replaceWithVoid();
    }

    public Uni<Void> unfollow(String userId, OffsetDateTime at) {
        return pool.preparedQuery(UNFOLLOW).execute(Tuple.of(userId, at)).replaceWithVoid();
    }

    public Uni<Void> linkPhone(String userId, String phone, String name, OffsetDateTime at) {
        String shown = name == null ? null : name.strip().substring(0, Math.min(200, name.strip().length()));
        return pool.preparedQuery(LINK_PHONE).execute(Tuple.of(userId, phone, shown, at)).replaceWithVoid();
    }

    /** The phone linked with the user's consent, or null. */
    public Uni<String> phoneOf(String userId) {
        return pool.preparedQuery("select phone from zalo_user where zalo_user_id = $1 and phone_consent_at is not null")
                .execute(Tuple.of(userId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }
}
