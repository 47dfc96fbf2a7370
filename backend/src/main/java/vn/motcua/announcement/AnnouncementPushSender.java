package vn.motcua.announcement;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.announcement.AnnouncementPushStore.PushToSend;
import vn.motcua.notification.FailurePolicy;
import vn.motcua.notification.RetryLadderStore;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloErrorClass;
import vn.motcua.zalo.outbound.ZaloMessenger;


/**
 * Sends queued announcement pushes through the OA client (its shared rate limit applies), after the
 * notifications' rules: claimed with a lease under {@code SKIP LOCKED}, so a crashed instance's rows go again;
 * retryable refusals climb the same retry ladder; the status and reason of every message are kept.
 */
@ApplicationScoped
public class AnnouncementPushSender {
    static final int BATCH = 50;

    private final AnnouncementPushStore pushes;
    private final ZaloMessenger messenger;
    private final RetryLadderStore ladder;
    private final ZaloSettings settings;

    public AnnouncementPushSender(AnnouncementPushStore pushes, ZaloMessenger messenger, RetryLadderStore ladder, ZaloSettings settings) {
        this.pushes = pushes;
        this.messenger = messenger;
        this.ladder = ladder;
        this.settings = settings;
    }

    @Scheduled(every = "${motcua.announcements.push-every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        return pushes.claim(BATCH).flatMap(batch -> batch.isEmpty() ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(batch).onItem().transformToUniAndConcatenate(this::send)
                .collect().last().flatMap(x -> batch.size() < BATCH ? Uni.createFrom().voidItem() : sendDue()));
    }

    private Uni<Void> send(PushToSend push) {
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

    private Uni<Void> failed(PushToSend push, ZaloApiException error) {
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

    private Uni<Void> record(PushToSend push, String status, String failureClass, String reason, String messageId,
                             long retryInSeconds) {
        return pushes.record(push.id(), push.attempts(), status, failureClass, reason, messageId, retryInSeconds);
    }
}
