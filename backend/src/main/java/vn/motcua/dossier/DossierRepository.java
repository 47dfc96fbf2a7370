package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
@WithSession
public class DossierRepository implements PanacheRepositoryBase<Dossier, Long> {

    /** The dossier row locked for the rest of the transaction, so concurrent updates apply one by one. */
    public Uni<Dossier> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Dossier> findByCode(String code) {
        return find("code", code).firstResult();
    }
}
