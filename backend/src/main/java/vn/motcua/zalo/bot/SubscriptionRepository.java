package vn.motcua.zalo.bot;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** dossier_subscription rows made from the chat: one per Zalo user and dossier, switched on and off. */
@ApplicationScoped
public class SubscriptionRepository {
    private static final String SUBSCRIBE = """
            insert into dossier_subscription (dossier_id, zalo_user_id, phone, source)
            values ($1, $2, $3, 'bot')
            on conflict (dossier_id, zalo_user_id) where zalo_user_id is not null
            do update set active = true, phone = coalesce(excluded.phone, dossier_subscription.phone),
                          updated_at = now()""";
    private static final String UNSUBSCRIBE = """
            update dossier_subscription set active = false, updated_at = now()
             where dossier_id = $1 and zalo_user_id = $2 and active returning id""";

    private final Pool pool;

    public SubscriptionRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> subscribe(long dossierId, String userId, String phone) {
        return pool.preparedQuery(SUBSCRIBE).execute(Tuple.of(dossierId, userId, phone)).replaceWithVoid();
    }

    /** True when an active subscription was switched off. */
    public Uni<Boolean> unsubscribe(long dossierId, String userId) {
        return pool.preparedQuery(UNSUBSCRIBE).execute(Tuple.of(dossierId, userId)).map(rows -> rows.size() > 0);
    }
}
