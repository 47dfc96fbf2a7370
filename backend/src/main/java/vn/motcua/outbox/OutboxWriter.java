package vn.motcua.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.Dossier;

import java.time.OffsetDateTime;

/** Writes outbox rows; callers are inside the transaction of the change they describe. */
@ApplicationScoped
public class OutboxWriter {
    private final ObjectMapper json;

    public OutboxWriter(ObjectMapper json) {
        this.json = json;
    }

    public Uni<OutboxMessage> statusChanged(Dossier dossier, Long eventId, Short fromStatus) {
        ObjectNode payload = base(dossier);
        payload.put("fromStatus", fromStatus);
        payload.put("toStatus", dossier.status);
        return write(dossier, eventId, OutboxKind.STATUS_CHANGED, fromStatus, payload);
    }

    public Uni<OutboxMessage> dueDateChanged(Dossier dossier, OffsetDateTime oldDue, String reason) {
        ObjectNode payload = base(dossier);
        payload.put("previousDueAt", oldDue == null ? null : VietnamTime.inVietnam(oldDue).toString());
        payload.put("reason", reason);
        return write(dossier, null, OutboxKind.DUE_DATE_CHANGED, dossier.status, payload);
    }

    private ObjectNode base(Dossier dossier) {
        ObjectNode payload = json.createObjectNode();
        payload.put("code", dossier.code);
        payload.put("dueAt", dossier.dueAt == null ? null : VietnamTime.inVietnam(dossier.dueAt).toString());
        return payload;
    }

    private Uni<OutboxMessage> write(Dossier dossier, Long eventId, OutboxKind kind, Short fromStatus,
                                     ObjectNode payload) {
        OutboxMessage message = new OutboxMessage();
        message.dossierId = dossier.id;
        message.eventId = eventId;
        message.kind = kind.name();
        message.fromStatus = fromStatus;
        message.toStatus = dossier.status;
        message.payload = payload.toString();
        message.createdAt = VietnamTime.now();
        return message.persist();
    }
}
