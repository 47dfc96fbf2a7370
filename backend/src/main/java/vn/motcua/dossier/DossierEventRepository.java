package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.MultiRowStatement;

import java.util.Collections;
import java.util.List;

@ApplicationScoped
@WithSession
public class DossierEventRepository implements PanacheRepositoryBase<DossierEvent, Long> {
    private static final List<String> COLUMNS = List.of("dossier_id", "event_key", "status", "source_status",
            "agency_name", "department", "officer_name", "officer_title", "note", "occurred_at", "recorded_at",
            "applied");
    private static final String ROW_VALUES = String.join(", ", Collections.nCopies(COLUMNS.size(), "?"));

    public Uni<Boolean> exists(Long dossierId, String eventKey) {
        return count("dossierId = ?1 and eventKey = ?2", dossierId, eventKey).map(n -> n > 0);
    }

    /**
     * Inserts the entries in one statement, in their order. They stay unmanaged and without their ids: the timeline
     * is append-only, and a row that points at an entry finds it by its dossier and key.
     */
    public Uni<Void> insertAll(List<DossierEvent> events) {
        List<Object[]> rows = events.stream().map(e -> new Object[]{e.dossierId, e.eventKey, e.status,
                e.sourceStatus, e.agencyName, e.department, e.officerName, e.officerTitle, e.note, e.occurredAt,
                e.recordedAt, e.applied}).toList();
        return MultiRowStatement.insert("dossier_event", COLUMNS, ROW_VALUES, rows);
    }

    public Uni<List<DossierEvent>> timeline(Long dossierId) {
        return list("dossierId", Sort.by("occurredAt").and("id"), dossierId);
    }

    /** The first event an officer signed (the officer who received the dossier, for the receipt); null if none. */
    public Uni<DossierEvent> firstSignedByOfficer(Long dossierId) {
        return find("dossierId = ?1 and officerName is not null order by occurredAt, id", dossierId).firstResult();
    }
}
