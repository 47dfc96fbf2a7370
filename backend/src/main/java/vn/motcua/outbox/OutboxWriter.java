package vn.motcua.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.MultiRowStatement;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** Writes outbox rows; callers are inside the transaction of the change they describe. */
@ApplicationScoped
public class OutboxWriter {
    private static final List<String> COLUMNS = List.of("dossier_id", "event_id", "kind", "from_status", "to_status",
            "payload", "created_at");
    private static final String ROW_VALUES = "?, (select e.id from dossier_event e where e.dossier_id = ? "
            + "and e.event_key = ?), ?, ?, ?, ?, ?";

    private final ObjectMapper json;

    public OutboxWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The row announcing a status change, not written yet: the caller writes it with {@link #insertAll} after the
     * timeline entry. Built now, so it carries the dossier as this change left it.
     */
    public OutboxMessage statusChange(Dossier dossier, Short fromStatus) {
        ObjectNode payload = base(dossier);
        payload.put("fromStatus", fromStatus);
        payload.put("toStatus", dossier.status);
        return message(dossier, OutboxKind.STATUS_CHANGED, fromStatus, payload);
    }

    /** The row announcing a moved due date (the apology when it moved later), not written yet. */
    public OutboxMessage dueDateChange(Dossier dossier, OffsetDateTime oldDue, String reason) {
        ObjectNode payload = base(dossier);
        payload.put("previousDueAt", oldDue == null ? null : VietnamTime.inVietnam(oldDue).toString());
        payload.put("reason", reason);
        return message(dossier, OutboxKind.DUE_DATE_CHANGED, dossier.status, payload);
    }

    /**
     * Writes the rows in one statement, in their order (the order the relay sends them in). {@code eventKeys} gives,
     * for a row announcing a timeline entry, the entry's key: the statement finds the entry's id by it.
     */
    public Uni<Void> insertAll(List<OutboxMessage> messages, Function<OutboxMessage, String> eventKeys) {
        List<Object[]> rows = messages.stream().map(m -> new Object[]{m.dossierId, m.dossierId, eventKeys.apply(m),
                m.kind, m.fromStatus, m.toStatus, m.payload, m.createdAt}).toList();
        return MultiRowStatement.insert("outbox", COLUMNS, ROW_VALUES, rows);
    }

    private ObjectNode base(Dossier dossier) {
        ObjectNode payload = json.createObjectNode();
        payload.put("code", dossier.code);
        payload.put("dueAt", dossier.dueAt == null ? null : VietnamTime.inVietnam(dossier.dueAt).toString());
        return payload;
    }

    private static OutboxMessage message(Dossier dossier, OutboxKind kind, Short fromStatus, ObjectNode payload) {
        OutboxMessage message = new OutboxMessage();
        message.dossierId = dossier.id;
        message.kind = kind.name();
        message.fromStatus = fromStatus;
        message.toStatus = dossier.status;
        message.payload = payload.toString();
        message.createdAt = VietnamTime.now();
        return message;
    }
}
