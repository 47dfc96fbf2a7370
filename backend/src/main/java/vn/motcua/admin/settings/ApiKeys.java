package vn.motcua.admin.settings;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AdminAudit;
import vn.motcua.admin.AgencyScope;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.Hashing;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.intake.ApiKeyAuthenticator;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Integrators' API keys: stored as SHA-256 hashes like {@link ApiKeyAuthenticator} checks them, so a key is shown
 * once, at creation. A revoked key stops working at once on this instance (the authenticator forgets it after the
 * commit), and on other instances when their short cache entry expires.
 */
@ApplicationScoped
public class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Pool pool;
    private final ApiKeyAuthenticator authenticator;

    public ApiKeys(Pool pool, ApiKeyAuthenticator authenticator) {
        this.pool = pool;
        this.authenticator = authenticator;
    }

    public Uni<List<Key>> list() {
        return pool.query("select k.id, k.source_system, k.key_prefix, k.created_at, k.revoked_at, a.name from api_key k "
                + "left join agency a on a.id = k.agency_id order by k.revoked_at is not null, k.created_at desc").execute().map(rows -> {
            List<Key> keys = new ArrayList<>();
            for (Row r : rows) {
                keys.add(new Key(r.getLong(0), r.getString(1), r.getString(2), r.getOffsetDateTime(3), r.getOffsetDateTime(4),
                        r.getString(5)));
            }
            return keys;
        });
    }

    /** Creates a key for the whole province; the answer is the key itself, never stored in clear. */
    public Uni<String> create(SecurityIdentity admin, String sourceSystem) {
        return create(admin, sourceSystem, null);
    }

    /**
     * Creates a key bound to the source system and the subtree of {@code agencyId} (null: the whole province); it may
     * change only dossiers of that source or that subtree. The answer is the key itself, never stored in clear.
     */
    public Uni<String> create(SecurityIdentity admin, String sourceSystem, Long agencyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = "mc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = key.substring(0, 10);
        return pool.withTransaction(c -> c.preparedQuery(AgencyScope.SCOPE
                        + " select a.code from agency a where a.id = $2 and a.id in (select id from scope)")
                .execute(Tuple.of(OfficerIdentities.agencyId(admin), agencyId == null ? -1L : agencyId))
                .flatMap(found -> {
                    if (agencyId != null && found.size() == 0) {
                        throw ProblemException.badRequest("Đơn vị đã chọn không thuộc phạm vi quản lý của bạn.");
                    }
                    String scope = agencyId == null ? "whole province" : found.iterator().next().getString(0);
                    return c.preparedQuery("insert into api_key (source_system, key_hash, key_prefix, agency_id) "
                                    + "values ($1, $2, $3, $4) returning id")
                            .execute(Tuple.of(sourceSystem, Hashing.sha256Hex(key), prefix, agencyId))
                            .flatMap(rows -> AdminAudit.record(c, admin, "api-key-create",
                                    "api-key:" + rows.iterator().next().getLong(0), null,
                                    "sourceSystem=" + sourceSystem + ", agency=" + scope + ", prefix=" + prefix));
                }))
                .replaceWith(key);
    }

    public Uni<Void> revoke(SecurityIdentity admin, long id) {
        return pool.withTransaction(c -> c.preparedQuery("update api_key set revoked_at = now() where id = $1 "
                        + "and revoked_at is null returning source_system, key_prefix, key_hash").execute(Tuple.of(id))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Không tìm thấy khóa", "Khóa API này không tồn tại hoặc đã bị thu hồi.");
                    }
                    Row r = rows.iterator().next();
                    return AdminAudit.record(c, admin, "api-key-revoke", "api-key:" + id,
                            "sourceSystem=" + r.getString(0) + ", prefix=" + r.getString(1) + ", active", "revoked")
                            .replaceWith(r.getString(2));
                }))
                .invoke(authenticator::forget)
                .replaceWithVoid();
    }

    /** A key; {@code agencyName} is the subtree it is bound to, null for the whole province. */
    public record Key(long id, String sourceSystem, String prefix, OffsetDateTime createdAt, OffsetDateTime revokedAt,
                      String agencyName) {
    }
}
