package vn.motcua.zalo.reply;

import vn.motcua.notification.FailurePolicy;
import vn.motcua.zalo.outbound.ZaloApiException;

import java.time.Duration;

/**
 * What becomes of a reply Zalo did not take. A reply is given up only when sending it is pointless: Zalo said it
 * can never reach the citizen this way (outside the interaction window, blocked, an invalid request), or the
 * citizen's window has closed meanwhile. Everything else waits: unavailability and rate limits on the retry ladder
 * (its last rung repeating), a disconnected OA or unpaid billing until the province acts.
 */
final class ReplyPolicy {
    private ReplyPolicy() {
    }

    /** The reply's new state; {@code retryIn} is null for a final one. */
    record Outcome(String status, String failureClass, String reason, Duration retryIn) {
        boolean failed() {
            return "failed".equals(status);
        }
    }

    /** Written down behind an earlier open reply of the same citizen: due at once, sent in its turn. */
    static Outcome waitingTurn() {
        return new Outcome("created", null, null, Duration.ZERO);
    }

    static Outcome afterZaloError(ZaloApiException error, Duration ladderDelay) {
        String reason = FailurePolicy.describe(error);
        return switch (error.errorClass()) {
            case RETRY_LATER, REFRESH_AND_RETRY -> waiting("temporary", reason, ladderDelay);
            case OA_DISCONNECTED -> waiting("oa-disconnected", reason, ladderDelay);
            case BILLING -> waiting("billing", reason, ladderDelay);
            case FALL_BACK -> error.code() == -230 || error.code() == -232 ? windowClosed(reason)
                    : new Outcome("failed", "permanent", reason, null);
            case PERMANENT, CONFIGURATION -> new Outcome("failed", "permanent", reason, null);
        };
    }

    static Outcome technical(Throwable error, Duration ladderDelay) {
        String text = String.valueOf(error);
        return waiting("technical", "Lỗi hệ thống: " + text.substring(0, Math.min(400, text.length())), ladderDelay);
    }

    static Outcome windowClosed(String why) {
        return new Outcome("failed", "window-closed",
                "Quá thời hạn Zalo cho phép trả lời người dân" + (why == null ? "" : " (" + why + ")"), null);
    }

    private static Outcome waiting(String failureClass, String reason, Duration delay) {
        return new Outcome("temporary-failure", failureClass, reason + "; thử lại sau " + delay.toSeconds() + " giây",
                delay);
    }
}
