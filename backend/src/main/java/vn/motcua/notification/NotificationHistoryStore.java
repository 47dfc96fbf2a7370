package vn.motcua.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The notifications of one dossier with their status history: for the one-stop system and the admin. */
@ApplicationScoped
public class NotificationHistoryStore {
    private static final String LIST = """
            select n.id, n.kind, n.recipient_key, n.zalo_user_id, n.phone, n.channel, n.status, n.estimated_cost,
                   n.attempts, n.failure_class, n.status_reason, n.created_at, n.sent_at, n.delivered_at, n.seen_at,
                   n.next_attempt_at,
                   (select json_agg(json_build_object('status', h.status, 'channel', h.channel, 'detail', h.detail,
                                                      'at', h.at) order by h.id)
                      from notification_status_change h where h.notification_id = n.id) as history
              from notification n where n.dossier_id = $1 order by n.id desc limit 200""";
    private static final String BY_CODE = "select id from dossier where code = $1";

    private final Pool pool;

    public NotificationHistoryStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<NotificationView>> forDossier(long dossierId) {
        return pool.preparedQuery(LIST).execute(Tuple.of(dossierId)).map(rows -> {
            List<NotificationView> views = new ArrayList<>();
            rows.forEach(row -> views.add(view(row)));
            return views;
        });
    }

    /** By the dossier's exact (canonical) code; an unknown code has no notifications. */
    public Uni<List<NotificationView>> forDossierCode(String code) {
        return pool.preparedQuery(BY_CODE).execute(Tuple.of(code)).flatMap(rows -> rows.size() == 0
                ? Uni.createFrom().item(List.<NotificationView>of())
                : forDossier(rows.iterator().next().getLong(0)));
    }

    private static NotificationView view(Row row) {
        List<NotificationView.Change> history = new ArrayList<>();
        Object raw = row.getValue("history");
        JsonArray changes = raw instanceof JsonArray array ? array : raw == null ? new JsonArray() : new JsonArray(raw.toString());
        for (int i = 0; i < changes.size(); i++) {
            var change = changes.getJsonObject(i);
            history.add(new NotificationView.Change(change.getString("status"), change.getString("channel"),
                    change.getString("detail"), VietnamTime.inVietnam(OffsetDateTime.parse(change.getString("at")))));
        }
        BigDecimal cost = row.getBigDecimal("estimated_cost");
        String phone = row.getString("phone");
        return new NotificationView(row.getLong("id"), NotificationKind.valueOf(row.getString("kind")).key(),
                new NotificationView.To(row.getString("zalo_user_id"), phone == null ? null : Masking.maskPhone(phone)),
                row.getString("channel"), row.getString("status"), cost == null ? null : cost.longValue(),
                row.getInteger("attempts"), row.getString("failure_class"), row.getString("status_reason"),
                local(row, "created_at"), local(row, "sent_at"), local(row, "delivered_at"), local(row, "seen_at"),
                "created".equals(row.getString("status")) || "temporary-failure".equals(row.getString("status"))
                        ? local(row, "next_attempt_at") : null,
                history);
    }

    private static OffsetDateTime local(Row row, String column) {
        OffsetDateTime time = row.getOffsetDateTime(column);
        return time == null ? null : VietnamTime.inVietnam(time);
    }
}
