package vn.motcua.citizen;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** citizen rows: one per Zalo user of the Mini App, refreshed at every sign-in. */
@ApplicationScoped
public class CitizenRepository {
    private static final String COLUMNS = "id, zalo_app_user_id, name, oa_user_id, phone, phone_consent_at";
    private static final String SIGN_IN = """
            insert into citizen (zalo_app_user_id, name, oa_user_id) values ($1, $2, $3)
            on conflict (zalo_app_user_id) do update set name = coalesce(excluded.name, citizen.name),
                   oa_user_id = coalesce(excluded.oa_user_id, citizen.oa_user_id), last_sign_in_at = now()
            returning""" + " " + COLUMNS;
    private static final String LINK_PHONE = """
            update citizen set phone = $2, phone_consent_at = $3 where id = $1 returning""" + " " + COLUMNS;

    private final Pool pool;

    public CitizenRepository(Pool pool) {
        this.pool = pool;
    }

    /** Creates or refreshes the citizen; a null name or OA id keeps what was known. */
    public Uni<Citizen> signIn(String zaloAppUserId, String name, String oaUserId) {
        return pool.preparedQuery(SIGN_IN).execute(Tuple.of(zaloAppUserId, name, oaUserId))
                .map(CitizenRepository::first);
    }

    /** The citizen, or null (deleted since the session was issued). */
    public Uni<Citizen> find(long id) {
        return pool.preparedQuery("select " + COLUMNS + " from citizen where id = $1").execute(Tuple.of(id))
                .map(CitizenRepository::first);
    }

    /** The OA id a citizen had (verified) before this sign-in, or null. */
    public Uni<String> knownOaUserId(String zaloAppUserId) {
        return pool.preparedQuery("select oa_user_id from citizen where zalo_app_user_id = $1")
                .execute(Tuple.of(zaloAppUserId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    public Uni<Citizen> linkPhone(long id, String phone84, OffsetDateTime consentAt) {
        return pool.preparedQuery(LINK_PHONE).execute(Tuple.of(id, phone84, consentAt)).map(CitizenRepository::first);
    }

    private static Citizen first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row r = rows.iterator().next();
        return new Citizen(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getOffsetDateTime(5));
    }

    /** A signed-in citizen; phone (84...) only with consent. */
    public record Citizen(long id, String zaloAppUserId, String name, String oaUserId, String phone,
                          OffsetDateTime phoneConsentAt) {
        public boolean phoneLinked() {
            return phone != null && phoneConsentAt != null;
        }
    }
}
