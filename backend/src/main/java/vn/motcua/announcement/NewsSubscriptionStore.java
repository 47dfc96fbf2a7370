package vn.motcua.announcement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who asked to receive news of which category on Zalo (table news_subscription), by OA user id: the bot's
 * "nhận tin ..." and the Mini App's switches write here, and announcement pushes go only to these people.
 */
@ApplicationScoped
public class NewsSubscriptionStore {
    private static final String SET = """
            insert into news_subscription (zalo_user_id, category, active, source) values ($1, $2, $3, $4)
            on conflict (zalo_user_id, category) do update set active = excluded.active, source = excluded.source,
                   updated_at = now()""";
    private static final String ACTIVE = "select category from news_subscription where zalo_user_id = $1 and active";

    private final Pool pool;

    public NewsSubscriptionStore(Pool pool) {
        this.pool = pool;
    }

    /** Opts the person in or out of each category given; answers the categories they receive afterwards. */
    public Uni<Set<AnnouncementCategory>> set(String zaloUserId, Set<AnnouncementCategory> categories, boolean on,
                                              String source) {
        List<Tuple> rows = categories.stream().map(c -> Tuple.of(zaloUserId, c.code(), on, source)).toList();
        return pool.preparedQuery(SET).executeBatch(rows).flatMap(x -> of(zaloUserId));
    }

    /** The categories the person receives. */
    public Uni<Set<AnnouncementCategory>> of(String zaloUserId) {
        return pool.preparedQuery(ACTIVE).execute(Tuple.of(zaloUserId)).map(result -> {
            Set<AnnouncementCategory> set = EnumSet.noneOf(AnnouncementCategory.class);
            for (Row row : result) {
                AnnouncementCategory.fromCode(row.getString(0)).ifPresent(set::add);
            }
            return set;
        });
    }
}
