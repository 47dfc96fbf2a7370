package vn.motcua.announcement;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.FailurePolicy;
import vn.motcua.notification.RetryLadder;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloErrorClass;
import vn.motcua.zalo.outbound.ZaloMessenger;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends queued announcement pushes through the OA client (its shared rate limit applies), after the
 * notifications' rules: claimed with a lease under {@code SKIP LOCKED}, so a crashed instance's rows go again;
 * retryable refusals climb the same retry ladder; the status and reason of every message are kept.
 */
@ApplicationScoped
public class AnnouncementPushSender {
    static final int BATCH = 50;
    private static final String CLAIM = """
            update announcement_push p set status = 'sending', attempts = p.attempts + 1,
                   lease_until = now() + interval '2 minutes'
              from announcement n
             where n.id = p.announcement_id
               and p.id in (select id from announcement_push
                             where (status in ('created', 'temporary-failure') and next_attempt_at <= now())
                                or (status = 'sending' and lease_until < now())
                             order by id limit $1 for update skip locked)
            returning p.id, p.zalo_user_id, p.attempts, n.id, n.title, n.body, n.category,
                      n.published_at is not null and (n.expires_at is null or n.expires_at > now())""";
    private static final String RECORD = """
            update announcement_push set status = $3, failure_class = $4, status_reason = $5,
                   provider_message_id = coalesce($6, provider_message_id),
                   sent_at = case when $3 = 'sent' then now() else sent_at end,
                   next_attempt_at = now() + make_interval(secs => $7), lease_until = null
             where id = $1 and attempts = $2 and status = 'sending'""";

    private final Pool pool;
    private final ZaloMessenger messenger;
    private final RetryLadder ladder;
    private final ZaloSettings settings;

    public AnnouncementPushSender(Pool pool, ZaloMessenger messenger, RetryLadder ladder, ZaloSettings settings) {
        this.pool = pool;
        this.messenger = messenger;
        this.ladder = ladder;
        this.settings = settings;
    }

    @Scheduled(every = "${motcua.announcements.push-every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        return claim().flatMap(batch -> batch.isEmpty() ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(batch).onItem().transformToUniAndConcatenate(this::send)
                .collect().last().flatMap(x -> batch.size() < BATCH ? Uni.createFrom().voidItem() : sendDue()));
    }

    private Uni<List<Claimed>> claim() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(BATCH)).map(rows -> {
            List<Claimed> claimed = new ArrayList<>();
            for (Row r : rows) {
                claimed.add(new Claimed(r.getLong(0), r.getString(1), r.getInteger(2), r.getLong(3), r.getString(4),
                        r.getString(5), AnnouncementCategory.ofStored(r.getString(6)), r.getBoolean(7)));
            }
            return claimed;
        });
    }

    private Uni<Void> send(Claimed push) {
        if (!push.stillPublished()) {
            return record(push, "cancelled", null, "Thông báo đã được gỡ hoặc đã hết hạn trước khi gửi", null, 0);
        }
        return messenger.sendConsultation(AnnouncementMessage.of(push.userId(), push.announcementId(), push.category(),
                        push.title(), push.body(), settings.miniAppId()))
                .flatMap(messageId -> record(push, "sent", null, null, messageId, 0))
                .onFailure(ZaloApiException.class).recoverWithUni(e -> failed(push, (ZaloApiException) e))
                .onFailure().recoverWithUni(e -> {
                    Log.errorf(e, "Announcement push %d could not be sent", push.id());
                    String text = String.valueOf(e);
                    return record(push, "technical-failure", "technical",
                            "Lỗi hệ thống: " + text.substring(0, Math.min(text.length(), 400)), null, 0);
                });
    }

    private Uni<Void> failed(Claimed push, ZaloApiException error) {
        String reason = FailurePolicy.describe(error);
        if (error.errorClass().waitsForProvince()) {
            // the OA disconnected, billing: the push waits for an administrator, like notifications
            String waitingFor = error.errorClass() == ZaloErrorClass.BILLING ? "billing" : "oa-disconnected";
            return ladder.delayOrLast(push.attempts()).flatMap(d -> record(push, "temporary-failure", waitingFor,
                    reason + "; chờ quản trị viên xử lý, thử lại sau " + d.toSeconds() + " giây", null, d.toSeconds()));
        }
        if (error.notCalled()) {
            // kept from Zalo by our own open circuit: due again when it closes, not on the next rung
            long wait = error.circuitOpenFor().plusSeconds(1).toSeconds();
            return record(push, "temporary-failure", "temporary", reason + "; thử lại sau " + wait + " giây", null, wait);
        }
        boolean retry = error.errorClass() == ZaloErrorClass.RETRY_LATER
                || error.errorClass() == ZaloErrorClass.REFRESH_AND_RETRY;
        if (!retry) {
            return record(push, "permanent-failure", "permanent", reason, null, 0);
        }
        return ladder.delayAfter(push.attempts()).flatMap(delay -> delay
                .map(d -> record(push, "temporary-failure", "temporary",
                        reason + "; thử lại sau " + d.toSeconds() + " giây", null, d.toSeconds()))
                .orElseGet(() -> record(push, "technical-failure", "technical",
                        reason + "; đã thử " + push.attempts() + " lần", null, 0)));
    }

    private Uni<Void> record(Claimed push, String status, String failureClass, String reason, String messageId,
                             long retryInSeconds) {
        Tuple args = Tuple.tuple().addLong(push.id()).addInteger(push.attempts()).addString(status)
                .addString(failureClass).addString(reason).addString(messageId).addDouble((double) retryInSeconds);
        return pool.preparedQuery(RECORD).execute(args).replaceWithVoid();
    }

    private record Claimed(long id, String userId, int attempts, long announcementId, String title, String body,
                           AnnouncementCategory category, boolean stillPublished) {
    }
}
