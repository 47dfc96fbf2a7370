package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table api_key: integrators' keys, stored as SHA-256 hashes only. The intake checks them here; the
 * administrators' settings page creates, lists and revokes them here, inside its audited transaction.
 */
@ApplicationScoped
public class ApiKeyStore {
    private static final String ACTIVE = "select source_system, agency_id from api_key where key_hash = $1 and revoked_at is null";
    private static final String LIST = """
            select k.id, k.source_system, k.key_prefix, k.created_at, k.revoked_at, a.name
              from api_key k left join agency a on a.id = k.agency_id
             order by k.revoked_at is not null, k.created_at desc""";
    private static final String INSERT = """
            insert into api_key (source_system, key_hash, key_prefix, agency_id) values ($1, $2, $3, $4) returning id""";
    private static final String REVOKE = """
            update api_key set revoked_at = now() where id = $1 and revoked_at is null
            returning source_system, key_prefix, key_hash""";

    private final Pool pool;

    public ApiKeyStore(Pool pool) {
        this.pool = pool;
    }

    /** The caller an active key of this hash stands for, or empty. */
    Uni<Optional<IntakeCaller>> activeCaller(String keyHash) {
        return pool.preparedQuery(ACTIVE).execute(Tuple.of(keyHash)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(IntakeCaller.external(row.getString(0), row.getLong(1)));
        });
    }

    /** Every key, active ones first, newest first. */
    public Uni<List<Key>> list() {
        return pool.query(LIST).execute().map(rows -> {
            List<Key> keys = new ArrayList<>();
            for (Row r : rows) {
                keys.add(new Key(r.getLong(0), r.getString(1), r.getString(2), r.getOffsetDateTime(3),
                        r.getOffsetDateTime(4), r.getString(5)));
            }
            return keys;
        });
    }

    /** Stores a new key's hash in {@code c}'s transaction; answers its id. */
    public Uni<Long> insert(SqlClient c, String sourceSystem, String keyHash, String prefix, Long agencyId) {
        return c.preparedQuery(INSERT).execute(Tuple.of(sourceSystem, keyHash, prefix, agencyId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Revokes an active key in {@code c}'s transaction; answers what it was, or null when none was active. */
    public Uni<Revoked> revoke(SqlClient c, long id) {
        return c.preparedQuery(REVOKE).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            return new Revoked(r.getString(0), r.getString(1), r.getString(2));
        });
    }

    /** A key; {@code agencyName} is the subtree it is bound to, null for the whole province. */
    public record Key(long id, String sourceSystem, String prefix, OffsetDateTime createdAt, OffsetDateTime revokedAt,
                      String agencyName) {
    }

    public record Revoked(String sourceSystem, String prefix, String keyHash) {
    }
}
