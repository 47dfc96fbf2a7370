package vn.motcua.notification;

import io.vertx.core.json.JsonObject;
import vn.motcua.common.VietnamTime;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.outbox.OutboxKind;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Which message an outbox row calls for, if any. */
final class OutboxKinds {
    private OutboxKinds() {
    }

    static Optional<NotificationKind> kindOf(String outboxKind, Integer toStatus, JsonObject payload) {
        OutboxKind kind;
        try {
            kind = OutboxKind.valueOf(outboxKind);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return switch (kind) {
            case STATUS_CHANGED -> toStatus == null ? Optional.empty()
                    : DossierStatus.fromCode(toStatus).flatMap(NotificationKind::forStatus);
            case DUE_DATE_CHANGED -> NotificationKind.forDueDateChange(time(payload, "previousDueAt"),
                    time(payload, "dueAt"));
            case DUE_SOON -> Optional.of(NotificationKind.DUE_SOON);
        };
    }

    private static OffsetDateTime time(JsonObject payload, String field) {
        String value = payload.getString(field);
        return value == null ? null : VietnamTime.parseIso(value);
    }
}
