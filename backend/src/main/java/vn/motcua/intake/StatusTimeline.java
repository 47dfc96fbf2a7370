package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierEventRepository;
import vn.motcua.outbox.OutboxWriter;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Decides what a record does to a dossier's status and timeline. Records with an event time (or the
 * source's event key) are events: recorded once, and applied only when not older than the event that set
 * the current status. Snapshots without an event time apply in arrival order, and only a real change
 * joins the timeline, so a replayed snapshot changes nothing.
 */
@ApplicationScoped
class StatusTimeline {
    private final DossierEventRepository events;
    private final OutboxWriter outbox;

    StatusTimeline(DossierEventRepository events, OutboxWriter outbox) {
        this.events = events;
        this.outbox = outbox;
    }

    /**
     * Returns true when the timeline or the status changed. For a new dossier {@code previous} is null
     * (its status is already set); otherwise it is the status before this record.
     */
    Uni<Boolean> apply(Dossier d, DossierUpdate u, String agencyName, boolean agencyChanged, Short previous,
                       PendingRows rows) {
        String key = isEvent(u) ? eventKey(u) : null;
        Uni<Boolean> seen = key == null ? Uni.createFrom().item(false)
                : rows.hasEvent(d.id, key) ? Uni.createFrom().item(true) : events.exists(d.id, key);
        return seen.map(already -> {
            if (already) {
                return false;
            }
            Decision decision = key != null ? decideEvent(d, u, key, agencyName, previous)
                    : decideSnapshot(d, u, agencyName, agencyChanged, previous);
            return record(d, decision, rows);
        });
    }

    /**
     * For a dossier not stored yet: sets its status fields before it is inserted (it has no history to read), so
     * the insert writes them and no update follows; {@link #record} writes the entry once the dossier has its id.
     */
    Decision decideForNew(Dossier d, DossierUpdate u, String agencyName, boolean agencyChanged) {
        return isEvent(u) ? decideEvent(d, u, eventKey(u), agencyName, null)
                : decideSnapshot(d, u, agencyName, agencyChanged, null);
    }

    /**
     * Adds the decided timeline entry to the transaction's rows, with the outbox row when the status moved. True when
     * there is anything to write.
     */
    boolean record(Dossier d, Decision decision, PendingRows rows) {
        if (decision.event() == null) {
            return false;
        }
        decision.event().dossierId = d.id;
        rows.event(decision.event(), decision.announce() ? outbox.statusChange(d, decision.previous()) : null);
        return true;
    }

    /** A timeline entry to write (none: nothing changed), and whether its status change is announced. */
    record Decision(DossierEvent event, boolean announce, Short previous) {
        static final Decision NONE = new Decision(null, false, null);
    }

    private static boolean isEvent(DossierUpdate u) {
        return u.kind == DossierUpdate.Kind.PROGRESS || u.eventTime != null || u.eventKey != null;
    }

    private static String eventKey(DossierUpdate u) {
        return u.eventKey != null ? u.eventKey : eventHash(u);
    }

    private static Decision decideEvent(Dossier d, DossierUpdate u, String key, String agencyName, Short previous) {
        OffsetDateTime at = u.eventTime != null ? u.eventTime : VietnamTime.now();
        boolean current = d.statusEventAt == null || !at.isBefore(d.statusEventAt);
        DossierEvent event = newEvent(d, u, key, at, agencyName, current);
        if (!current) {
            return new Decision(event, false, previous);
        }
        if (u.status != null) {
            boolean same = previous != null && previous == u.status.shortValue();
            d.status = u.status.shortValue();
            d.sourceStatus = u.sourceStatus != null ? u.sourceStatus : (same ? d.sourceStatus : null);
        }
        d.statusEventAt = at;
        return new Decision(event, previous == null || previous != d.status, previous);
    }

    private static Decision decideSnapshot(Dossier d, DossierUpdate u, String agencyName, boolean agencyChanged,
                                           Short previous) {
        boolean statusChanged = previous == null || (u.status != null && u.status != previous.intValue());
        boolean detailChanged = u.sourceStatus != null && !u.sourceStatus.equals(d.sourceStatus);
        if (!statusChanged && !detailChanged && !agencyChanged) {
            return Decision.NONE;
        }
        if (u.status != null) {
            d.status = u.status.shortValue();
        }
        if (statusChanged || detailChanged) {
            d.sourceStatus = u.sourceStatus;
        }
        // version is still the one before this record: a replay of the same change hashes the same
        OffsetDateTime at = statusDate(u, VietnamTime.now());
        d.statusEventAt = at;
        String key = "s:" + Hashing.sha256Hex(String.join("|", d.code, Integer.toString(d.version),
                Short.toString(d.status), Objects.toString(d.sourceStatus), Objects.toString(agencyName))).substring(0, 40);
        DossierEvent event = newEvent(d, u, key, at, agencyName, true);
        event.status = d.status;
        return new Decision(event, statusChanged, previous);
    }

    /** The date the record itself gives for its status, so a snapshot's timeline entry is dated sensibly. */
    private static OffsetDateTime statusDate(DossierUpdate u, OffsetDateTime fallback) {
        OffsetDateTime date = switch (u.status == null ? 0 : u.status) {
            case 1, 2 -> u.receivedAt;
            case 3, 8, 9 -> u.finishedAt;
            case 10 -> u.returnedAt;
            default -> null;
        };
        return date != null ? date : fallback;
    }

    private static String eventHash(DossierUpdate u) {
        return "h:" + Hashing.sha256Hex(String.join("|", u.code, Objects.toString(u.eventTime),
                Objects.toString(u.status), Objects.toString(u.sourceStatus), Objects.toString(u.department),
                Objects.toString(u.officerName), Objects.toString(u.note))).substring(0, 40);
    }

    private static DossierEvent newEvent(Dossier d, DossierUpdate u, String key, OffsetDateTime at,
                                         String agencyName, boolean applied) {
        DossierEvent event = new DossierEvent();
        event.eventKey = key;
        event.status = u.status == null ? null : u.status.shortValue();
        event.sourceStatus = u.sourceStatus;
        event.agencyName = agencyName;
        event.department = u.department;
        event.officerName = u.officerName;
        event.officerTitle = u.officerTitle;
        event.note = u.note;
        event.occurredAt = at;
        event.recordedAt = VietnamTime.now();
        event.applied = applied;
        return event;
    }
}
