package vn.motcua.zalo.alarm;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Zalo alarms (table zalo_alarm), shared by every instance: raised when a call meets a condition only the
 * province can fix, cleared when it is over. Each instance keeps a snapshot (read every 15 seconds and changed
 * at once by its own raises and clears), so that a burst of failures writes once, and metrics
 * ({@code motcua_zalo_alarm_active{kind}}) and health read memory.
 */
@ApplicationScoped
public class ZaloAlarms {
    /** A raise of an alarm already known active only refreshes it this often. */
    private static final long REFRESH_NANOS = java.time.Duration.ofMinutes(1).toNanos();

    private final ZaloAlarmStore store;
    private final Map<String, ZaloAlarm> active = new ConcurrentHashMap<>();
    private final Map<String, Long> lastWritten = new ConcurrentHashMap<>();

    public ZaloAlarms(ZaloAlarmStore store, MeterRegistry registry) {
        this.store = store;
        for (ZaloAlarm.Kind kind : ZaloAlarm.Kind.values()) {
            Gauge.builder("motcua.zalo.alarm.active", active, map -> map.values().stream()
                            .filter(a -> a.kind() == kind).count())
                    .tag("kind", kind.code()).description("Zalo conditions the province must fix (1 or more: raised)")
                    .register(registry);
        }
    }

    void onStart(@Observes StartupEvent event) {
        reload().subscribe().with(v -> { }, e -> Log.warnf("Zalo alarms not read at start: %s", e.getMessage()));
    }

    /** Raises (or keeps raised) the alarm; Zalo's code and words are kept for the administrator. */
    public Uni<Void> raise(String key, ZaloAlarm.Kind kind, int code, String detail) {
        ZaloAlarm known = active.get(key);
        long now = System.nanoTime();
        Long written = lastWritten.get(key);
        if (known != null && known.code() != null && known.code() == code && written != null
                && now - written < REFRESH_NANOS) {
            return Uni.createFrom().voidItem();
        }
        String shortDetail = detail == null ? null : detail.substring(0, Math.min(500, detail.length()));
        if (known == null) {
            Log.errorf("Zalo alarm raised: %s (%d) %s", key, code, shortDetail);
        }
        lastWritten.put(key, now);
        return store.raise(key, kind, code, shortDetail).flatMap(x -> reload());
    }

    /** Clears the alarm if it is raised (a no-op, without a write, when this instance knows it is not). */
    public Uni<Void> clear(String key) {
        if (!active.containsKey(key)) {
            return Uni.createFrom().voidItem();
        }
        Log.infof("Zalo alarm cleared: %s", key);
        active.remove(key);
        lastWritten.remove(key);
        return store.clear(key);
    }

    /** Clears the alarm whatever this instance last read (an administrator's action: another instance may have raised it). */
    public Uni<Void> clearEverywhere(String key) {
        active.remove(key);
        lastWritten.remove(key);
        return store.clear(key);
    }

    /** The alarms raised now, oldest first (as of this instance's last read). */
    public List<ZaloAlarm> active() {
        List<ZaloAlarm> list = new ArrayList<>(active.values());
        list.sort(java.util.Comparator.comparing(ZaloAlarm::raisedAt));
        return list;
    }

    public boolean isActive(String key) {
        return active.containsKey(key);
    }

    public java.util.Optional<ZaloAlarm> get(String key) {
        return java.util.Optional.ofNullable(active.get(key));
    }

    /** Reads every raised alarm: another instance may have raised or cleared one. */
    @Scheduled(every = "15s", delayed = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> reload() {
        return store.active().invoke(alarms -> {
            Map<String, ZaloAlarm> read = new java.util.HashMap<>();
            alarms.forEach(alarm -> read.put(alarm.key(), alarm));
            active.keySet().retainAll(read.keySet());
            active.putAll(read);
        }).replaceWithVoid();
    }
}
