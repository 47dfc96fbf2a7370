package vn.motcua.intake;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.agency.AgencyResolver;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierEventRepository;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.outbox.OutboxWriter;
import vn.motcua.procedure.ProcedureResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies validated records, one alone or several in one transaction: the dossier rows are locked, the change, its
 * timeline entry and its outbox row commit together or not at all. Every transaction is bounded by its deadline
 * ({@link TransactionDeadline}). The changed dossiers, entries and outbox rows of a
 * transaction are written together at its end ({@link PendingRows}).
 */
@ApplicationScoped
public class DossierUpdateApplier {
    private final DossierRepository dossiers;
    private final AgencyResolver agencyResolver;
    private final ProcedureResolver procedureResolver;
    private final StatusTimeline timeline;
    private final DossierSideRecords sideRecords;
    private final IdNumberHasher idHasher;
    private final CodeAliases aliases;
    private final CallerRules rules;
    private final DossierEventRepository eventRows;
    private final OutboxWriter outbox;
    private final TransactionDeadline deadline;

    public DossierUpdateApplier(DossierRepository dossiers, AgencyResolver agencyResolver,
                                ProcedureResolver procedureResolver, StatusTimeline timeline,
                                DossierSideRecords sideRecords, IdNumberHasher idHasher, CodeAliases aliases,
                                CallerRules rules, DossierEventRepository eventRows, OutboxWriter outbox,
                                TransactionDeadline deadline) {
        this.deadline = deadline;
        this.rules = rules;
        this.eventRows = eventRows;
        this.outbox = outbox;
        this.aliases = aliases;
        this.dossiers = dossiers;
        this.agencyResolver = agencyResolver;
        this.procedureResolver = procedureResolver;
        this.timeline = timeline;
        this.sideRecords = sideRecords;
        this.idHasher = idHasher;
    }

    /** An officer's or the demo's record: a trusted in-process source. */
    public Uni<ApplyOutcome> apply(DossierUpdate u, String sourceSystem) {
        return apply(u, new IntakeCaller(sourceSystem));
    }

    /** Fails with {@link IntakeTimeoutException}, rolled back, when it outlives its deadline. */
    @WithTransaction
    public Uni<ApplyOutcome> apply(DossierUpdate u, IntakeCaller caller) {
        return deadline.bound(() -> {
            PendingRows rows = new PendingRows();
            return applyInCurrentTransaction(u, caller, new ResolutionMemo(), rows)
                    .call(outcome -> rows.write(dossiers, eventRows, outbox));
        });
    }

    /**
     * Applies the records one after another in one transaction. The first failure rolls them all back and is
     * thrown as a {@link FailedInSharedTransaction} naming the record, so the caller can apply the others again
     * without it (position -1 when locking the dossiers or writing the rows at the end failed: no record is to blame).
     * Past its deadline it fails with {@link IntakeTimeoutException} instead: no record is to blame either, and
     * applying them again without one would only wait again.
     */
    @WithTransaction
    public Uni<List<ApplyOutcome>> applyAll(List<DossierUpdate> updates, IntakeCaller caller) {
        return deadline.bound(() -> {
            ResolutionMemo memo = new ResolutionMemo();
            PendingRows rows = new PendingRows();
            return memo.lockDossiers(dossiers, updates.stream().map(u -> u.code).toList())
                    .onFailure().transform(e -> new FailedInSharedTransaction(-1, e))
                    .flatMap(x -> inOrder(updates, caller, memo, rows))
                    .call(outcomes -> rows.write(dossiers, eventRows, outbox)
                            .onFailure().transform(e -> new FailedInSharedTransaction(-1, e)));
        });
    }

    /**
     * The records' outcomes, each record applied once the one before it is done. A stream of the records, not one
     * {@code flatMap} per record nested in the previous one: subscribing to such a chain recursed through all of it,
     * and a few thousand records overflowed the event loop's stack; the error was lost in a completion callback, so
     * the call never answered and its transaction stayed open. The stream asks for the next record only when one is
     * done, in a loop, however many records there are and whether they complete at once (their dossiers already
     * locked and read) or after a round trip.
     */
    private Uni<List<ApplyOutcome>> inOrder(List<DossierUpdate> updates, IntakeCaller caller, ResolutionMemo memo,
                                            PendingRows rows) {
        return Multi.createFrom().range(0, updates.size())
                .onItem().transformToUniAndConcatenate(position -> applyInCurrentTransaction(updates.get(position),
                        caller, memo, rows).onFailure().transform(e -> new FailedInSharedTransaction(position, e)))
                .collect().asList();
    }

    private Uni<ApplyOutcome> applyInCurrentTransaction(DossierUpdate u, IntakeCaller caller, ResolutionMemo memo,
                                                        PendingRows rows) {
        String sourceSystem = caller.sourceSystem();
        List<String> warnings = new ArrayList<>();
        return memo.dossier(dossiers, u.code).flatMap(existing -> {
            if (existing == null && u.kind == DossierUpdate.Kind.PROGRESS) {
                throw new RecordRejectedException("MaHoSo",
                        "unknown dossier " + u.code + ": send it with DongBoHoSoMC first");
            }
            if (existing == null && u.status == null) {
                throw new RecordRejectedException("status", "is required for a new dossier");
            }
            boolean isNew = existing == null;
            return memo.agency(agencyResolver, u.agencyCode, u.agencyName, u.senderAgencyCode, isNew,
                            caller.agencyScopeId())
                    .flatMap(agency -> memo.procedure(procedureResolver, u.procedureCode, u.procedureName, u.fieldCode,
                                    u.fieldName)
                            .flatMap(procedure -> {
                                if (agency != null && agency.note() != null) {
                                    warnings.add(agency.note());
                                }
                                if (agency != null && agency.agency() != null && agency.placeholder()) {
                                    warnings.add("unknown agency '" + agency.agency().name
                                            + "' recorded as a placeholder");
                                }
                                if (procedure != null && procedure.placeholder()) {
                                    warnings.add("unknown procedure '" + procedure.procedure().code
                                            + "' recorded as a placeholder");
                                }
                                Long agencyId = agency == null || agency.agency() == null ? null : agency.agency().id;
                                Long procedureId = procedure == null ? null : procedure.procedure().id;
                                String agencyName = agencyId == null ? null : agency.agency().name;
                                String idHash = idHasher.hash(u.applicantIdNumber);
                                return rules.check(caller, existing, agencyId, u, idHash).flatMap(allowed -> existing == null
                                        ? create(u, sourceSystem, agencyId, procedureId, agencyName, warnings, memo, rows)
                                        : update(existing, u, agencyId, procedureId, agencyName, warnings, rows));
                            }));
        }).map(outcome -> new ApplyOutcome(outcome, warnings));
    }

    private Uni<ApplyOutcome.Outcome> create(DossierUpdate u, String source, Long agencyId, Long procedureId,
                                             String agencyName, List<String> warnings, ResolutionMemo memo,
                                             PendingRows rows) {
        Dossier d = new Dossier();
        d.code = u.code;
        d.lookupKey = DossierCode.lookupKey(u.code);
        d.sourceSystem = source;
        d.agencyId = agencyId;
        d.procedureId = procedureId;
        d.createdAt = VietnamTime.now();
        d.updatedAt = d.createdAt;
        d.status = u.status.shortValue();
        DossierFieldMerger.merge(d, u, idHasher.hash(u.applicantIdNumber));
        // the due date and the status fields are set before the insert, so that no update of the new row follows it
        return sideRecords.dueDate(d, u, true, rows)
                .flatMap(x -> {
                    StatusTimeline.Decision decision = timeline.decideForNew(d, u, agencyName, agencyId != null);
                    return dossiers.insertDetached(d).invoke(saved -> {
                        memo.rememberDossier(d);
                        timeline.record(d, decision, rows);
                    });
                })
                .flatMap(x -> sideRecords.supplements(d, u))
                .flatMap(x -> sideRecords.fees(d, u))
                .flatMap(x -> sideRecords.documents(d, DossierDocument.SUBMITTED, u.submittedDocuments))
                .flatMap(x -> sideRecords.documents(d, DossierDocument.RESULT, u.resultDocuments))
                .flatMap(x -> aliases.record(d, u.aliases, warnings))
                .replaceWith(ApplyOutcome.Outcome.CREATED);
    }

    private Uni<ApplyOutcome.Outcome> update(Dossier d, DossierUpdate u, Long agencyId, Long procedureId,
                                             String agencyName, List<String> warnings, PendingRows rows) {
        boolean agencyChanged = agencyId != null && !agencyId.equals(d.agencyId);
        boolean changed = DossierFieldMerger.merge(d, u, idHasher.hash(u.applicantIdNumber));
        if (u.kind == DossierUpdate.Kind.SNAPSHOT) {
            changed |= agencyChanged || (procedureId != null && !procedureId.equals(d.procedureId));
            d.agencyId = agencyId != null ? agencyId : d.agencyId;
            d.procedureId = procedureId != null ? procedureId : d.procedureId;
        }
        boolean fieldsChanged = changed;
        return timeline.apply(d, u, agencyName, agencyChanged, d.status, rows)
                .flatMap(statusChanged -> sideRecords.dueDate(d, u, false, rows).map(due -> statusChanged | due))
                .flatMap(any -> sideRecords.supplements(d, u).map(s -> any | s))
                .flatMap(any -> sideRecords.fees(d, u).map(f -> any | f))
                .flatMap(any -> sideRecords.documents(d, DossierDocument.SUBMITTED, u.submittedDocuments).map(f -> any | f))
                .flatMap(any -> sideRecords.documents(d, DossierDocument.RESULT, u.resultDocuments).map(f -> any | f))
                .flatMap(any -> aliases.record(d, u.aliases, warnings).map(f -> any | f))
                .map(any -> {
                    if (!any && !fieldsChanged) {
                        return ApplyOutcome.Outcome.UNCHANGED;
                    }
                    d.version++;
                    d.updatedAt = VietnamTime.now();
                    rows.changed(d);
                    return ApplyOutcome.Outcome.UPDATED;
                });
    }
}
