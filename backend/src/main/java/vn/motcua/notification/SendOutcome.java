package vn.motcua.notification;

import java.time.OffsetDateTime;

/**
 * What happened to one message in one attempt, as {@link NotificationStore#finishAll} records it. {@code zaloCalled}
 * is false when our own circuit breaker kept the message from Zalo: the claim's attempt is given back, so the retry
 * ladder counts only Zalo's answers.
 */
public record SendOutcome(NotificationStatus status, DeliveryChannel channel, Long cost, String providerMessageId,
                          String failureClass, String reason, OffsetDateTime nextAttemptAt, boolean zaloCalled) {
    public SendOutcome(NotificationStatus status, DeliveryChannel channel, Long cost, String providerMessageId,
                       String failureClass, String reason, OffsetDateTime nextAttemptAt) {
        this(status, channel, cost, providerMessageId, failureClass, reason, nextAttemptAt, true);
    }
}
