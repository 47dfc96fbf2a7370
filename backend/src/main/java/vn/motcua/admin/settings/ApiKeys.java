package vn.motcua.admin.settings;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.admin.ScopedAgencyStore;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.Hashing;
import vn.motcua.common.Transactions;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.intake.ApiKeyAuthenticator;
import vn.motcua.intake.ApiKeyStore;

import java.security.SecureRandom;
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
    private final Transactions transactions;
    private final ApiKeyStore keys;
    private final ScopedAgencyStore agencies;
    private final ApiKeyAuthenticator authenticator;

    public ApiKeys(Transactions transactions, ApiKeyStore keys, ScopedAgencyStore agencies, ApiKeyAuthenticator authenticator) {
        this.transactions = transactions;
        this.keys = keys;
        this.agencies = agencies;
        this.authenticator = authenticator;
    }

    public Uni<List<ApiKeyStore.Key>> list() {
        return keys.list();
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
        Uni<String> scope = agencyId == null ? Uni.createFrom().item("whole province")
                : agencies.codeInScope(OfficerIdentities.agencyId(admin), agencyId).map(code -> {
                    if (code == null) {
                        throw ProblemException.badRequest("Đơn vị đã chọn không thuộc phạm vi quản lý của bạn.");
                    }
                    return code;
                });
        return scope.flatMap(bound -> transactions.inTransaction(c -> keys.insert(c, sourceSystem, Hashing.sha256Hex(key), prefix, agencyId)
                        .flatMap(id -> AuditTrailStore.record(c, admin, "api-key-create", "api-key:" + id, null,
                                "sourceSystem=" + sourceSystem + ", agency=" + bound + ", prefix=" + prefix))))
                .replaceWith(key);
    }

    public Uni<Void> revoke(SecurityIdentity admin, long id) {
        return transactions.inTransaction(c -> keys.revoke(c, id).flatMap(revoked -> {
                    if (revoked == null) {
                        throw ProblemException.notFound("Không tìm thấy khóa", "Khóa API này không tồn tại hoặc đã bị thu hồi.");
                    }
                    return AuditTrailStore.record(c, admin, "api-key-revoke", "api-key:" + id,
                            "sourceSystem=" + revoked.sourceSystem() + ", prefix=" + revoked.prefix() + ", active", "revoked")
                            .replaceWith(revoked.keyHash());
                }))
                .invoke(authenticator::forget)
                .replaceWithVoid();
    }
}
