package vn.motcua.admin.announcements;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;
import vn.motcua.announcement.AnnouncementCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * The table announcement as officers manage it. A plain read goes to the pool; a change, and the read that locks its
 * rows, take the transaction's connection, so that a change and its audit line commit together.
 */
@ApplicationScoped
public class AnnouncementStore {
    private static final String SELECT = AgencyScope.SCOPE + """
            select n.id, n.title, n.body, n.agency_id, a.name, n.published_at, n.expires_at, n.updated_at, n.category
              from announcement n left join agency a on a.id = n.agency_id
             where (n.agency_id in (select id from scope) or (n.agency_id is null and $2))
               and ($3::bigint is null or n.id = $3)
             order by n.updated_at desc, n.id desc""";
    private static final String INSERT = """
            insert into announcement (title, body, agency_id, expires_at, created_by, category)
            values ($1, $2, $3, $4, $5, $6) returning id""";
    private static final String UPDATE = """
            update announcement set title = $2, body = $3, agency_id = $4, expires_at = $5, category = $6,
                   updated_at = now() where id = $1""";
    private static final String PUBLISH = "update announcement set published_at = now(), updated_at = now() where id = $1";
    private static final String UNPUBLISH = "update announcement set published_at = null, updated_at = now() where id = $1";
    private static final String DELETE = "delete from announcement where id = $1";

    private final Pool pool;

    public AnnouncementStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * The announcements of the subtree of {@code scopeAgencyId} (and the province-wide ones when
     * {@code provinceWide}), or only {@code id} (null: all).
     */
    Uni<List<AnnouncementRow>> select(long scopeAgencyId, boolean provinceWide, Long id) {
        return select(pool, scopeAgencyId, provinceWide, id, false);
    }

    /** The same, read in {@code c}'s transaction; {@code lock} locks the rows for a change. */
    Uni<List<AnnouncementRow>> select(SqlClient c, long scopeAgencyId, boolean provinceWide, Long id, boolean lock) {
        Tuple args = Tuple.tuple().addLong(scopeAgencyId).addBoolean(provinceWide).addLong(id);
        return c.preparedQuery(lock ? SELECT + " for update of n" : SELECT).execute(args).map(rows -> {
            List<AnnouncementRow> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new AnnouncementRow(r.getLong(0), r.getString(1), r.getString(2), r.getLong(3), r.getString(4),
                        r.getOffsetDateTime(5), r.getOffsetDateTime(6), r.getOffsetDateTime(7),
                        AnnouncementCategory.ofStored(r.getString(8))));
            }
            return list;
        });
    }

    Uni<Long> insert(SqlClient c, AnnouncementForm form, long createdBy) {
        return c.preparedQuery(INSERT).execute(Tuple.tuple().addString(form.title()).addString(form.body())
                        .addLong(form.agencyId()).addOffsetDateTime(form.expiresAt()).addLong(createdBy)
                        .addString(form.category().code()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    Uni<Void> update(SqlClient c, long id, AnnouncementForm form) {
        return c.preparedQuery(UPDATE).execute(Tuple.tuple().addLong(id).addString(form.title()).addString(form.body())
                .addLong(form.agencyId()).addOffsetDateTime(form.expiresAt()).addString(form.category().code()))
                .replaceWithVoid();
    }

    Uni<Void> setPublished(SqlClient c, long id, boolean published) {
        return c.preparedQuery(published ? PUBLISH : UNPUBLISH).execute(Tuple.of(id)).replaceWithVoid();
    }

    Uni<Void> delete(SqlClient c, long id) {
        return c.preparedQuery(DELETE).execute(Tuple.of(id)).replaceWithVoid();
    }
}
