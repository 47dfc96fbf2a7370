package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.outbox.OutboxWriter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** Due-date changes, supplement requests and fees: the parts of a dossier with their own records. */
@ApplicationScoped
class DossierSideRecords {
    private final OutboxWriter outbox;
    private final DossierRepository dossiers;

    DossierSideRecords(OutboxWriter outbox, DossierRepository dossiers) {
        this.outbox = outbox;
        this.dossiers = dossiers;
    }

    /** A moved due date is kept with its reason and announced (the apology when it moved later). */
    Uni<Boolean> dueDate(Dossier d, DossierUpdate u, boolean isNew, PendingRows rows) {
        OffsetDateTime newDue = u.dueAt != null ? u.dueAt : lastSupplementDue(u);
        if (!DossierFieldMerger.sameInstantDiffers(newDue, d.dueAt)) {
            return Uni.createFrom().item(false);
        }
        OffsetDateTime oldDue = d.dueAt;
        d.dueAt = newDue;
        if (isNew || oldDue == null) {
            return Uni.createFrom().item(true);
        }
        DueDateChange change = new DueDateChange();
        change.dossierId = d.id;
        change.oldDueAt = oldDue;
        change.newDueAt = newDue;
        change.reason = u.dueChangeReason != null ? u.dueChangeReason : u.note;
        change.changedAt = VietnamTime.now();
        if (d.status == DossierStatus.SUPPLEMENT_REQUIRED.code()) {
            // the due date moves because the clock is paused for the citizen's documents: kept, but no apology for a
            // delay is sent (the supplement request already told the citizen the clock stands still)
            return change.persist().replaceWith(true);
        }
        // written with the status change's row, after it, as the record decided them
        rows.message(outbox.dueDateChange(d, oldDue, change.reason));
        return change.persist().replaceWith(true);
    }

    Uni<Boolean> supplements(Dossier d, DossierUpdate u) {
        if (u.supplements == null || u.supplements.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        Uni<Boolean> chain = Uni.createFrom().item(false);
        for (DossierUpdate.Supplement s : u.supplements) {
            String key = Hashing.sha256Hex(s.items() + "|" + s.requestedAt()).substring(0, 40);
            chain = chain.flatMap(changed -> dossiers.supplementRequest(d.id, key)
                    .flatMap(found -> {
                        if (found == null) {
                            return insert(d, s, key).replaceWith(true);
                        }
                        if (s.providedAt() != null && found.providedAt == null) {
                            // the citizen brought the documents: the clock runs again from then
                            found.providedAt = s.providedAt();
                            return Uni.createFrom().item(true);
                        }
                        return Uni.createFrom().item(changed);
                    }));
        }
        return chain;
    }

    private static Uni<SupplementRequest> insert(Dossier d, DossierUpdate.Supplement s, String key) {
        SupplementRequest request = new SupplementRequest();
        request.dossierId = d.id;
        request.requestKey = key;
        request.items = s.items();
        request.requestedAt = s.requestedAt();
        request.providedAt = s.providedAt();
        return request.persist();
    }

    /** The fee list is replaced as a whole when the record carries one that differs. */
    Uni<Boolean> fees(Dossier d, DossierUpdate u) {
        if (u.fees == null) {
            return Uni.createFrom().item(false);
        }
        return dossiers.fees(d.id).flatMap(existing -> {
            if (sameFees(existing, u.fees)) {
                return Uni.createFrom().item(false);
            }
            Uni<Long> deleted = dossiers.deleteFees(d.id);
            return deleted.flatMap(n -> DossierFee.persist(u.fees.stream().map(f -> {
                DossierFee fee = new DossierFee();
                fee.dossierId = d.id;
                fee.name = f.name();
                fee.code = f.code();
                fee.amount = f.amount();
                return fee;
            }).toList())).replaceWith(true);
        });
    }

    /**
     * A document list the record carries replaces the stored one of that kind when it differs. An empty list is
     * "not said" (OpenCPS always sends empty lists), so it never clears what another call recorded.
     */
    Uni<Boolean> documents(Dossier d, String kind, List<DossierUpdate.Document> incoming) {
        if (incoming == null || incoming.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return dossiers.documents(d.id, kind)
                .flatMap(existing -> {
                    if (existing.stream().map(DossierSideRecords::asUpdate).toList().equals(incoming)) {
                        return Uni.createFrom().item(false);
                    }
                    return dossiers.deleteDocuments(d.id, kind)
                            .flatMap(n -> DossierDocument.persist(java.util.stream.IntStream.range(0, incoming.size())
                                    .mapToObj(i -> document(d, kind, i, incoming.get(i))).toList()))
                            .replaceWith(true);
                });
    }

    private static DossierUpdate.Document asUpdate(DossierDocument doc) {
        return new DossierUpdate.Document(doc.name, doc.code, doc.copies, doc.url);
    }

    private static DossierDocument document(Dossier d, String kind, int position, DossierUpdate.Document source) {
        DossierDocument doc = new DossierDocument();
        doc.dossierId = d.id;
        doc.kind = kind;
        doc.position = position;
        doc.name = source.name();
        doc.code = source.code();
        doc.copies = source.copies();
        doc.url = source.url();
        return doc;
    }

    private static boolean sameFees(List<DossierFee> existing, List<DossierUpdate.Fee> incoming) {
        if (existing.size() != incoming.size()) {
            return false;
        }
        for (int i = 0; i < existing.size(); i++) {
            DossierFee a = existing.get(i);
            DossierUpdate.Fee b = incoming.get(i);
            boolean sameAmount = a.amount == null ? b.amount() == null
                    : b.amount() != null && a.amount.compareTo(b.amount()) == 0;
            if (!Objects.equals(a.name, b.name()) || !Objects.equals(a.code, b.code()) || !sameAmount) {
                return false;
            }
        }
        return true;
    }

    private static OffsetDateTime lastSupplementDue(DossierUpdate u) {
        if (u.supplements == null) {
            return null;
        }
        return u.supplements.stream().map(DossierUpdate.Supplement::newDueAt).filter(Objects::nonNull)
                .reduce((first, second) -> second).orElse(null);
    }
}
