package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
@WithSession
public class DossierRepository implements PanacheRepositoryBase<Dossier, Long> {

    /** The dossier row locked for the rest of the transaction, so concurrent updates apply one by one. */
    public Uni<Dossier> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * The dossiers of these codes, locked as {@link #findByCodeForUpdate} locks one. Rows are locked in id order, so
     * two such reads of overlapping sets wait for each other rather than each holding a row the other needs.
     */
    public Uni<List<Dossier>> findByCodesForUpdate(Collection<String> codes) {
        return find("code in ?1 order by id", codes).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<Dossier> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** Whether a dossier other than {@code dossierId} answers to this lookup key (its own code's key). */
    public Uni<Boolean> otherHasLookupKey(String lookupKey, long dossierId) {
        return count("lookupKey = ?1 and id <> ?2", lookupKey, dossierId).map(n -> n > 0);
    }

    /** The supplement request the one-stop system keyed {@code requestKey}, or null. */
    public Uni<SupplementRequest> supplementRequest(long dossierId, String requestKey) {
        return SupplementRequest.<SupplementRequest>find("dossierId = ?1 and requestKey = ?2", dossierId, requestKey).firstResult();
    }

    /** The dossier's fees in the order they were sent. */
    public Uni<List<DossierFee>> fees(long dossierId) {
        return DossierFee.list("dossierId = ?1 order by id", dossierId);
    }

    public Uni<Long> deleteFees(long dossierId) {
        return DossierFee.delete("dossierId", dossierId);
    }

    /** The dossier's documents of one kind (submitted or results) in the order they were sent. */
    public Uni<List<DossierDocument>> documents(long dossierId, String kind) {
        return DossierDocument.list("dossierId = ?1 and kind = ?2 order by position", dossierId, kind);
    }

    public Uni<Long> deleteDocuments(long dossierId, String kind) {
        return DossierDocument.delete("dossierId = ?1 and kind = ?2", dossierId, kind);
    }
}
