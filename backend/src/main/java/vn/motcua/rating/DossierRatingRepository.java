package vn.motcua.rating;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The applicant's rating of a dossier: one per dossier, changed when they rate again. */
@ApplicationScoped
@WithSession
public class DossierRatingRepository implements PanacheRepositoryBase<DossierRating, Long> {

    /** The dossier's rating, or null when it has none. */
    public Uni<DossierRating> forDossier(long dossierId) {
        return find("dossierId", dossierId).firstResult();
    }
}
