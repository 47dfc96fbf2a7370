package vn.motcua.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns outbox rows into notifications, a batch per transaction: the rows are locked with SKIP LOCKED so
 * that relays on several instances share the work, and a row is marked processed in the same transaction
 * as its notifications, so none is lost and none is made twice (the idempotency key also guards the latter).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final String CLAIM = """
            select id, dossier_id, kind, to_status, payload, created_at from outbox
             where processed_at is null order by id limit $1 for update skip locked""";
    /**
     * New notifications and their first history line. A message overtaken by a newer one for the same person
     * and dossier is cancelled when it comes up for sending (see NotificationStore), or here when both are
     * in one batch.
     */
    private static final String INSERT = """
            with fresh as (
                insert into notification (idempotency_key, outbox_id, dossier_id, kind, recipient_key, zalo_user_id,
                                          phone, payload, next_attempt_at, status, status_reason, public_only)
                select * from unnest($1::varchar[], $2::bigint[], $3::bigint[], $4::varchar[], $5::varchar[],
                                     $6::varchar[], $7::varchar[], $8::text[], $9::timestamptz[], $10::varchar[],
                                     $11::varchar[], $12::boolean[])
                on conflict (idempotency_key) do nothing
                returning id, dossier_id, recipient_key, status, status_reason),
            created as (
                insert into notification_status_change (notification_id, status, detail)
                select id, status, status_reason from fresh returning 1)
            select count(*) from created""";
    private static final String DONE = "update outbox set processed_at = now() where id = any($1)";

    private final Pool pool;
    private final RecipientResolver recipients;
    private final NotificationSettings settings;
    /** Outbox rows this instance relayed (committed): with several instances, shows that they share the work. */
    private final Counter relayed;

    public OutboxRelay(Pool pool, RecipientResolver recipients, NotificationSettings notifications, MeterRegistry registry) {
        this.pool = pool;
        this.recipients = recipients;
        this.settings = notifications;
        this.relayed = Counter.builder("motcua.outbox.relayed").description("Outbox rows relayed by this instance")
                .register(registry);
    }

    /** Relays one batch; the answer is how many outbox rows it took (0 when there was nothing to do). */
    public Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM)
                .execute(Tuple.of(settings.batchSize()))
                .flatMap(rows -> {
                    List<Row> batch = new ArrayList<>();
                    rows.forEach(batch::add);
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Long[] dossiers = batch.stream().map(r -> r.getLong("dossier_id")).distinct().toArray(Long[]::new);
                    return recipients.forDossiers(connection, dossiers)
                            .flatMap(byDossier -> insert(connection, batch, byDossier))
                            .flatMap(v -> connection.preparedQuery(DONE).execute(
                                    Tuple.of(batch.stream().map(r -> r.getLong("id")).toArray(Long[]::new))))
                            .replaceWith(batch.size());
                })).invoke(taken -> relayed.increment(taken));
    }

    private Uni<Void> insert(SqlConnection connection, List<Row> batch, Map<Long, List<Recipient>> byDossier) {
        Columns columns = new Columns();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime oldest = now.minus(settings.maxOutboxAge());
        for (Row row : batch) {
            JsonObject payload = new JsonObject(row.getString("payload"));
            var kind = OutboxKinds.kindOf(row.getString("kind"), row.getInteger("to_status"), payload);
            if (kind.isEmpty() || row.getOffsetDateTime("created_at").isBefore(oldest)) {
                continue; // nothing worth a message, or too old to be news
            }
            for (Recipient recipient : byDossier.getOrDefault(row.getLong("dossier_id"), List.of())) {
                columns.add(row, recipient, kind.get(), payload, now.plus(settings.hold()));
            }
        }
        if (columns.size() == 0) {
            return Uni.createFrom().voidItem();
        }
        Log.debugf("Outbox relay: %d notifications from %d outbox rows", columns.size(), batch.size());
        return connection.preparedQuery(INSERT).execute(columns.tuple()).replaceWithVoid();
    }

    /** The deterministic key of one message: the same change, person and kind always give the same key. */
    static String idempotencyKey(long outboxId, String recipientKey, NotificationKind kind) {
        return "mc" + Hashing.sha256Hex(outboxId + "|" + recipientKey + "|" + kind.name()).substring(0, 40);
    }

    /** The INSERT's parameters, one array per column. */
    private static final class Columns {
        final List<String> keys = new ArrayList<>();
        final List<Long> outbox = new ArrayList<>();
        final List<Long> dossiers = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<String> recipients = new ArrayList<>();
        final List<String> users = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        final List<String> payloads = new ArrayList<>();
        final List<OffsetDateTime> due = new ArrayList<>();
        final List<String> statuses = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        /** Followers who did not prove to be the applicant hear only what the public lookup shows. */
        final List<Boolean> publicOnly = new ArrayList<>();
        /** Index of the newest entry per dossier and person: in one batch too, the newest message wins. */
        final Map<String, Integer> newest = new java.util.HashMap<>();

        void add(Row row, Recipient recipient, NotificationKind kind, JsonObject payload, OffsetDateTime notBefore) {
            keys.add(idempotencyKey(row.getLong("id"), recipient.key(), kind));
            outbox.add(row.getLong("id"));
            dossiers.add(row.getLong("dossier_id"));
            kinds.add(kind.name());
            recipients.add(recipient.key());
            users.add(recipient.zaloUserId());
            phones.add(recipient.phone());
            payloads.add(payload.encode());
            due.add(notBefore);
            statuses.add("created");
            reasons.add(null);
            publicOnly.add(!recipient.proven());
            Integer overtaken = newest.put(row.getLong("dossier_id") + "|" + recipient.key(), keys.size() - 1);
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
}
