package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFee;
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

    DossierSideRecords(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** A moved due date is kept with its reason and announced (the apology when it moved later). */
    Uni<Boolean> dueDate(Dossier d, DossierUpdate u, boolean isNew) {
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
        return change.persist().flatMap(saved -> outbox.dueDateChanged(d, oldDue, change.reason)).replaceWith(true);
    }

    Uni<Boolean> supplements(Dossier d, DossierUpdate u) {
        if (u.supplements == null || u.supplements.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        Uni<Boolean> chain = Uni.createFrom().item(false);
        for (DossierUpdate.Supplement s : u.supplements) {
            String key = Hashing.sha256Hex(s.items() + "|" + s.requestedAt()).substring(0, 40);
            chain = chain.flatMap(changed -> SupplementRequest
                    .count("dossierId = ?1 and requestKey = ?2", d.id, key)
                    .flatMap(n -> n > 0 ? Uni.createFrom().item(changed) : insert(d, s, key).replaceWith(true)));
        }
        return chain;
    }

    private static Uni<SupplementRequest> insert(Dossier d, DossierUpdate.Supplement s, String key) {
        SupplementRequest request = new SupplementRequest();
        request.dossierId = d.id;
        request.requestKey = key;
        request.items = s.items();
        request.requestedAt = s.requestedAt();
        return request.persist();
    }

    /** The fee list is replaced as a whole when the record carries one that differs. */
    Uni<Boolean> fees(Dossier d, DossierUpdate u) {
        if (u.fees == null) {
            return Uni.createFrom().item(false);
        }
        return DossierFee.<DossierFee>list("dossierId = ?1 order by id", d.id).flatMap(existing -> {
            if (sameFees(existing, u.fees)) {
                return Uni.createFrom().item(false);
            }
            Uni<Long> deleted = DossierFee.delete("dossierId", d.id);
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
