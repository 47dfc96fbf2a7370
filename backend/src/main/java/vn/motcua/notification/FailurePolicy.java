package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.NotificationStore.Outcome;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloErrorClass;

import java.time.Instant;

/**
 * What a failed attempt becomes, after GOV.UK Notify: temporary failures climb the retry ladder and become a
 * technical failure past its last rung; a refusal that no retry can change is permanent; our own errors are
 * technical. Reasons are written for the officer who reads the dossier's notifications.
 */
@ApplicationScoped
public class FailurePolicy {
    static final String TEMPORARY = "temporary";
    static final String PERMANENT = "permanent";
    static final String TECHNICAL = "technical";

    private final RetryLadder ladder;
    private final QuietHours quietHours;

    public FailurePolicy(RetryLadder ladder, vn.motcua.config.MotCuaConfig config) {
        this.ladder = ladder;
        this.quietHours = new QuietHours(config.notifications().quietFrom(), config.notifications().quietUntil());
    }

    /** Zalo says this channel cannot reach the person, or never will: the next channel may. */
    boolean tryNextChannel(ZaloApiException error) {
        return error.code() != -14014
                && (error.errorClass() == ZaloErrorClass.FALL_BACK || error.errorClass() == ZaloErrorClass.PERMANENT);
    }

    Uni<Outcome> afterZaloError(ZaloApiException error, DeliveryChannel channel, int attempts) {
        String reason = describe(error);
        if (error.code() == -133 || error.code() == -234) {
            return Uni.createFrom().item(deferredToMorning(null));
        }
        // no OA token, or a dead refresh token: messages wait for an administrator to connect the OA again
        boolean oaDisconnected = error.code() == -14014;
        return switch (oaDisconnected ? ZaloErrorClass.RETRY_LATER : error.errorClass()) {
            case RETRY_LATER, REFRESH_AND_RETRY -> ladder.delayAfter(attempts).map(delay -> delay
                    .map(d -> new Outcome(NotificationStatus.TEMPORARY_FAILURE, channel, null, null, TEMPORARY,
                            reason + "; thử lại sau " + d.toSeconds() + " giây", Delivery.utc(Instant.now().plus(d))))
                    .orElseGet(() -> new Outcome(NotificationStatus.TECHNICAL_FAILURE, channel, null, null, TECHNICAL,
                            reason + "; đã thử " + attempts + " lần", null)));
            case FALL_BACK, PERMANENT -> Uni.createFrom().item(new Outcome(NotificationStatus.PERMANENT_FAILURE,
                    channel, null, null, PERMANENT, reason, null));
        };
    }

    /** A newer message about the same dossier to the same person is waiting: this one is old news. */
    Outcome cancelled() {
        return new Outcome(NotificationStatus.CANCELLED, null, null, null, null,
                "Đã có thông báo mới hơn về hồ sơ này", null);
    }

    Outcome undeliverable(String reason) {
        return new Outcome(NotificationStatus.UNDELIVERABLE, null, null, null, null, reason, null);
    }

    /** Template messages by phone wait for the morning: a deferral, not a failure. */
    Outcome deferredToMorning(Instant morning) {
        return new Outcome(NotificationStatus.CREATED, DeliveryChannel.TEMPLATE_PHONE, null, null, null,
                "Hoãn đến sáng: không gửi tin qua số điện thoại ban đêm",
                Delivery.utc(morning != null ? morning : quietHours.endAfter(Instant.now())));
    }

    Outcome technical(DeliveryChannel channel, Throwable error) {
        Log.errorf(error, "Notification could not be sent on %s", channel);
        String text = String.valueOf(error);
        return new Outcome(NotificationStatus.TECHNICAL_FAILURE, channel, null, null, TECHNICAL,
                "Lỗi hệ thống: " + text.substring(0, Math.min(text.length(), 400)), null);
    }

    /** Why Zalo refused, for the officer who reads it (notifications and announcement pushes alike). */
    public static String describe(ZaloApiException error) {
        String what = switch (error.code()) {
            case 0 -> "Zalo không phản hồi";
            case -32 -> "Vượt giới hạn gửi của Zalo";
            case -213 -> "Người nhận chưa quan tâm OA";
            case -217, -244, -139, -141 -> "Người nhận đã chặn hoặc từ chối tin";
            case -227 -> "Tài khoản Zalo không còn hoạt động";
            case -230, -232 -> "Ngoài thời gian được phép nhắn tin tư vấn";
            case -118 -> "Số điện thoại không có tài khoản Zalo";
            case -108 -> "Số điện thoại không hợp lệ";
            case -211, -218, -115, -144, -147 -> "Hết hạn mức gửi trong ngày";
            case -216, -220, -124 -> "Mã truy cập OA không hợp lệ";
            case -14014 -> "OA chưa được kết nối hoặc cần quản trị viên cấp quyền lại";
            default -> "Zalo từ chối";
        };
        String message = String.valueOf(error.getMessage());
        return what + " (" + message.substring(0, Math.min(message.length(), 200)) + ")";
    }
}
