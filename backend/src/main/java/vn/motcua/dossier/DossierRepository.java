package vn.motcua.dossier;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.motcua.common.MultiRowStatement;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
@WithSession
public class DossierRepository implements PanacheRepositoryBase<Dossier, Long> {
    /**
     * The columns intake changes on a dossier it already stored ({@link #updateAll}), with their types; the code, its
     * lookup key, the source system, the link generation and the creation time are set once, by the insert or by other
     * features.
     */
    private static final List<String> CHANGED_BY_INTAKE = List.of("procedure_id bigint", "agency_id bigint",
            "applicant_name text", "applicant_type smallint", "applicant_portal_account text", "applicant_phone text",
            "applicant_id_hash text", "applicant_email text", "summary text", "status smallint", "source_status text",
            "status_event_at timestamptz", "received_at timestamptz", "due_at timestamptz", "finished_at timestamptz",
            "returned_at timestamptz", "channel text", "result_delivery text", "notify_consent boolean",
            "submission_place text", "online_payment smallint", "digitised boolean", "vneid_verified boolean",
            "connected_databases text", "note text", "version int", "updated_at timestamptz");
    private static final List<String> CHANGED_COLUMNS = CHANGED_BY_INTAKE.stream().map(c -> c.split(" ")[0]).toList();
    /**
     * The id, the changed columns' values, each cast (a VALUES list has no column to take its types from), then the
     * new timeline entries ({@link TimelineAppend}).
     */
    private static final String CHANGED_ROW_VALUES = Stream.concat(Stream.of("id bigint"), CHANGED_BY_INTAKE.stream())
            .map(c -> "cast(? as " + c.split(" ")[1] + ")").collect(Collectors.joining(", "))
            + ", " + TimelineAppend.ROW_VALUES;

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

    /**
     * The dossiers of these codes, locked as {@link #findByCodesForUpdate} locks them, and detached from the session:
     * Hibernate would otherwise dirty-check and cascade every one of them at each flush of the transaction (a profile
     * of intake found that cost growing with the transaction's size). The caller writes what it changed with
     * {@link #updateAll}.
     */
    public Uni<List<Dossier>> lockDetached(Collection<String> codes) {
        return findByCodesForUpdate(codes).call(this::detach);
    }

    /** {@link #lockDetached(Collection)} for one code; null when there is no such dossier. */
    public Uni<Dossier> lockDetached(String code) {
        return findByCodeForUpdate(code).call(found -> found == null ? Uni.createFrom().voidItem()
                : detach(List.of(found)));
    }

    /** Inserts a new dossier (it has its id on return) and detaches it, as {@link #lockDetached} hands them over. */
    public Uni<Dossier> insertDetached(Dossier dossier) {
        return persist(dossier).call(saved -> detach(List.of(dossier))).replaceWith(dossier);
    }

    /**
     * Writes intake's changes to these detached dossiers in one statement (none: no statement), with their public
     * timelines as they will be once {@code newEntries} (this transaction's, in the order they will be inserted,
     * right after this) are there: the entries' refresh trigger then finds them right and leaves the rows alone.
     */
    public Uni<Void> updateAll(Collection<Dossier> changed, List<DossierEvent> newEntries) {
        TimelineAppend timeline = new TimelineAppend(newEntries);
        List<Object[]> rows = changed.stream().map(d -> {
            Object[] entries = timeline.inputs(d.id);
            return new Object[]{d.id, d.procedureId, d.agencyId,
                    d.applicantName, d.applicantType, d.applicantPortalAccount, d.applicantPhone, d.applicantIdHash,
                    d.applicantEmail, d.summary, d.status, d.sourceStatus, d.statusEventAt, d.receivedAt, d.dueAt,
                    d.finishedAt, d.returnedAt, d.channel, d.resultDelivery, d.notifyConsent, d.submissionPlace,
                    d.onlinePayment, d.digitised, d.vneidVerified, d.connectedDatabases, d.note, d.version,
                    d.updatedAt, entries[0], entries[1], entries[2]};
        }).toList();
        return MultiRowStatement.update("dossier", "id", CHANGED_COLUMNS, TimelineAppend.INPUTS,
                TimelineAppend.ASSIGNMENT, CHANGED_ROW_VALUES, rows);
    }

    private Uni<Void> detach(List<Dossier> dossiers) {
        return getSession().invoke(session -> dossiers.forEach(session::detach)).replaceWithVoid();
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
