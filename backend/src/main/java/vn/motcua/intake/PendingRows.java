package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierEventRepository;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.outbox.OutboxWriter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dossier changes, timeline entries and outbox rows one intake transaction decides, written together just before
 * it commits: one statement for all the changed dossiers, one for all the entries and one for all the outbox rows,
 * where one statement per row made intake spend its time on round trips, on the tables' statement triggers and on
 * Hibernate's flushes. Entries and outbox rows are written in the order they were decided, so their ids (and the order
 * the outbox relay sends in) are what writing them one by one would have given. One instance per transaction, written
 * once.
 */
final class PendingRows {
    /** Detached dossiers this transaction changed, each written once with its last state. */
    private final Set<Dossier> dossiers = new LinkedHashSet<>();
    private final List<DossierEvent> events = new ArrayList<>();
    private final Set<String> eventKeys = new HashSet<>();
    private final List<OutboxMessage> messages = new ArrayList<>();
    /** The key of the entry each status-change row announces (a moved due date's row announces none). */
    private final Map<OutboxMessage, String> announcedKeys = new IdentityHashMap<>();

    /** A stored dossier this transaction changed (it was handed over detached: nothing else writes it). */
    void changed(Dossier dossier) {
        dossiers.add(dossier);
    }

    /** Whether this transaction already decided an entry with this key for this dossier. */
    boolean hasEvent(long dossierId, String eventKey) {
        return eventKeys.contains(dossierId + "|" + eventKey);
    }

    /** A timeline entry; {@code announcement}, if any, is the outbox row that tells the citizen about it. */
    void event(DossierEvent event, OutboxMessage announcement) {
        events.add(event);
        eventKeys.add(event.dossierId + "|" + event.eventKey);
        if (announcement != null) {
            announcedKeys.put(announcement, event.eventKey);
            messages.add(announcement);
        }
    }

    /** An outbox row of its own (a moved due date). */
    void message(OutboxMessage message) {
        messages.add(message);
    }

    /**
     * Writes what was decided: the dossiers with their public timelines as the entries will make them, then the entries
     * (their statement trigger checks those timelines, and refreshes new dossiers'), then the outbox rows, each of
     * which finds the entry it announces by its key.
     */
    Uni<Void> write(DossierRepository dossierRows, DossierEventRepository eventRows, OutboxWriter outbox) {
        return dossierRows.updateAll(dossiers, events).flatMap(x -> eventRows.insertAll(events))
                .flatMap(x -> outbox.insertAll(messages, announcedKeys::get));
    }
}
