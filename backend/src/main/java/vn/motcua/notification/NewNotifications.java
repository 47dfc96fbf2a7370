package vn.motcua.notification;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Tuple;
import vn.motcua.audience.Recipient;
import vn.motcua.outbox.OutboxStore.PendingChange;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The notifications one relay batch creates, gathered column by column for {@link NotificationStore#createAll}'s
 * single multi-row insert.
 */
final class NewNotifications {
    private final List<String> keys = new ArrayList<>();
    private final List<Long> outbox = new ArrayList<>();
    private final List<Long> dossiers = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    private final List<String> payloads = new ArrayList<>();
    private final List<OffsetDateTime> due = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    /** Followers who did not prove to be the applicant hear only what the public lookup shows. */
    private final List<Boolean> publicOnly = new ArrayList<>();
    /** Index of the newest entry per dossier and person: in one batch too, the newest message wins. */
    private final Map<String, Integer> newest = new java.util.HashMap<>();

    void add(String key, PendingChange change, Recipient recipient, NotificationKind kind, JsonObject payload,
             OffsetDateTime notBefore) {
        keys.add(key);
        outbox.add(change.id());
        dossiers.add(change.dossierId());
        kinds.add(kind.name());
        recipients.add(recipient.key());
        users.add(recipient.zaloUserId());
        phones.add(recipient.phone());
        payloads.add(payload.encode());
        due.add(notBefore);
        statuses.add("created");
        reasons.add(null);
        publicOnly.add(!recipient.proven());
        Integer overtaken = newest.put(change.dossierId() + "|" + recipient.key(), keys.size() - 1);
        if (overtaken != null) {
            statuses.set(overtaken, "cancelled");
            reasons.set(overtaken, "Đã có thông báo mới hơn về hồ sơ này");
        }
    }

    int size() {
        return keys.size();
    }

    Tuple tuple() {
        return Tuple.tuple(List.of(keys.toArray(String[]::new), outbox.toArray(Long[]::new),
                dossiers.toArray(Long[]::new), kinds.toArray(String[]::new), recipients.toArray(String[]::new),
                users.toArray(String[]::new), phones.toArray(String[]::new), payloads.toArray(String[]::new),
                due.toArray(OffsetDateTime[]::new), statuses.toArray(String[]::new),
                reasons.toArray(String[]::new), publicOnly.toArray(Boolean[]::new)));
    }
}
