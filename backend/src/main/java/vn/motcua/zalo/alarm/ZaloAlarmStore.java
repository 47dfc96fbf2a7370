package vn.motcua.zalo.alarm;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;

import java.util.ArrayList;
import java.util.List;

/** The table zalo_alarm, shared by every instance; {@link ZaloAlarms} keeps each instance's snapshot of it. */
@ApplicationScoped
public class ZaloAlarmStore {
    private static final String RAISE = """
            insert into zalo_alarm (alarm_key, kind, code, detail) values ($1, $2, $3, $4)
            on conflict (alarm_key) do update set code = excluded.code, detail = excluded.detail, last_seen_at = now(),
                   raised_at = case when zalo_alarm.cleared_at is null then zalo_alarm.raised_at else now() end,
                   occurrences = case when zalo_alarm.cleared_at is null then zalo_alarm.occurrences + 1 else 1 end,
                   cleared_at = null""";
    private static final String CLEAR = "update zalo_alarm set cleared_at = now() where alarm_key = $1 and cleared_at is null";
    private static final String ACTIVE = """
            select alarm_key, kind, code, detail, raised_at, last_seen_at, occurrences from zalo_alarm
             where cleared_at is null order by raised_at""";

    private final Pool pool;

    public ZaloAlarmStore(Pool pool) {
        this.pool = pool;
    }

    /** Raises the alarm, or refreshes it when it is raised already (its first time and its count kept). */
    public Uni<Void> raise(String key, ZaloAlarm.Kind kind, int code, String detail) {
        return pool.preparedQuery(RAISE).execute(Tuple.of(key, kind.code(), code, detail)).replaceWithVoid();
    }

    public Uni<Void> clear(String key) {
        return pool.preparedQuery(CLEAR).execute(Tuple.of(key)).replaceWithVoid();
    }

    /** The alarms raised now, oldest first. */
    public Uni<List<ZaloAlarm>> active() {
        return pool.query(ACTIVE).execute().map(rows -> {
            List<ZaloAlarm> alarms = new ArrayList<>();
            for (Row r : rows) {
                alarms.add(new ZaloAlarm(r.getString(0), ZaloAlarm.Kind.of(r.getString(1)), r.getInteger(2),
                        r.getString(3), VietnamTime.inVietnam(r.getOffsetDateTime(4)),
                        VietnamTime.inVietnam(r.getOffsetDateTime(5)), r.getInteger(6)));
            }
            return alarms;
        });
    }
}
