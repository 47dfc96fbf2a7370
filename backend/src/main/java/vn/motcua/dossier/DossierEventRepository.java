package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.MultiRowInsert;

import java.util.List;

@ApplicationScoped
@WithSession
public class DossierEventRepository implements PanacheRepositoryBase<DossierEvent, Long> {
    private static final List<String> COLUMNS = List.of("dossier_id", "event_key", "status", "source_status",
            "agency_name", "department", "officer_name", "officer_title", "note", "occurred_at", "recorded_at",
            "applied");

    public Uni<Boolean> exists(Long dossierId, String eventKey) {
        return count("dossierId = ?1 and eventKey = ?2", dossierId, eventKey).map(n -> n > 0);
    }

    /**
     * Inserts the entries in one statement, in their order, and sets their ids. The entries stay unmanaged: the
     * timeline is append-only, nothing changes an entry once written.
     */
    public Uni<Void> insertAll(List<DossierEvent> events) {
        List<Object[]> rows = events.stream().map(e -> new Object[]{e.dossierId, e.eventKey, e.status,
                e.sourceStatus, e.agencyName, e.department, e.officerName, e.officerTitle, e.note, e.occurredAt,
                e.recordedAt, e.applied}).toList();
        return MultiRowInsert.insert("dossier_event", COLUMNS, rows).invoke(ids -> {
            for (int i = 0; i < ids.size(); i++) {
                events.get(i).id = ids.get(i);
            }
        }).replaceWithVoid();
    }

    public Uni<List<DossierEvent>> timeline(Long dossierId) {
        return list("dossierId", Sort.by("occurredAt").and("id"), dossierId);
    }

    /** The first event an officer signed (the officer who received the dossier, for the receipt); null if none. */
    public Uni<DossierEvent> firstSignedByOfficer(Long dossierId) {
        return find("dossierId = ?1 and officerName is not null order by occurredAt, id", dossierId).firstResult();
    }
}
