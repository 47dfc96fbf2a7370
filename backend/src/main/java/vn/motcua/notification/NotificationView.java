package vn.motcua.notification;

import java.time.OffsetDateTime;
import java.util.List;

/** One notification as the one-stop system and officers see it (the phone is masked). */
public record NotificationView(long id, String kind, To recipient, String channel, String status, Long estimatedCost,
                               int attempts, String failureClass, String reason, OffsetDateTime createdAt,
                               OffsetDateTime sentAt, OffsetDateTime deliveredAt, OffsetDateTime seenAt,
                               OffsetDateTime nextAttemptAt, List<Change> history) {

    public record To(String zaloUserId, String phone) {
    }

    public record Change(String status, String channel, String detail, OffsetDateTime at) {
    }
}
