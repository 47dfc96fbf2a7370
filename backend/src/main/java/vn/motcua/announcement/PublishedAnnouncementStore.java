package vn.motcua.announcement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** What citizens may read now: published, not expired, newest first; for the Mini App and the bot's "tin tức". */
@ApplicationScoped
public class PublishedAnnouncementStore {
    private static final String PUBLISHED = """
            select n.id, n.title, n.body, n.published_at, a.name, n.category
              from announcement n left join agency a on a.id = n.agency_id
             where n.published_at is not null and n.published_at <= now()
               and (n.expires_at is null or n.expires_at > now())
               and ($2::text is null or n.category = $2)
             order by n.published_at desc, n.id desc
             limit $1""";

    private final Pool pool;

    public PublishedAnnouncementStore(Pool pool) {
        this.pool = pool;
    }

    /** The newest {@code limit}; {@code category} null means every category. */
    public Uni<List<PublicAnnouncement>> latest(int limit, AnnouncementCategory category) {
        Tuple args = Tuple.tuple().addInteger(limit).addString(category == null ? null : category.code());
        return pool.preparedQuery(PUBLISHED).execute(args).map(rows -> {
            List<PublicAnnouncement> items = new ArrayList<>();
            for (Row r : rows) {
                items.add(PublicAnnouncement.of(r.getLong(0), r.getString(1), r.getString(2), r.getOffsetDateTime(3),
                        r.getString(4), AnnouncementCategory.ofStored(r.getString(5))));
            }
            return items;
        });
    }
}
