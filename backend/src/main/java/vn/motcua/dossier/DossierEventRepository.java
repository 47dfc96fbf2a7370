package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class DossierEventRepository implements PanacheRepositoryBase<DossierEvent, Long> {

    public Uni<Boolean> exists(Long dossierId, String eventKey) {
        return count("dossierId = ?1 and eventKey = ?2", dossierId, eventKey).map(n -> n > 0);
    }

    public Uni<List<DossierEvent>> timeline(Long dossierId) {
        return list("dossierId", Sort.by("occurredAt").and("id"), dossierId);
    }

    /** The first event an officer signed (the officer who received the dossier, for the receipt); null if none. */
    public Uni<DossierEvent> firstSignedByOfficer(Long dossierId) {
        return find("dossierId = ?1 and officerName is not null order by occurredAt, id", dossierId).firstResult();
    }
}
