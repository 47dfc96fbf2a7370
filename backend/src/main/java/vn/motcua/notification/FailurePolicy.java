package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloErrorClass;

import java.time.Instant;

/**
 * What a failed attempt becomes, after GOV.UK Notify: temporary failures climb the retry ladder and become a
 * technical failure past its last rung; a refusal that no retry can change is permanent; our own errors are
 * technical. What only the province can fix (the OA disconnected, billing) makes the message wait, however long;
 * a template that cannot carry it is a configuration failure. Reasons are written for the officer who reads the
 * dossier's notifications.
 */
@ApplicationScoped
public class FailurePolicy {
    static final String TEMPORARY = "temporary";
    static final String PERMANENT = "permanent";
    static final String TECHNICAL = "technical";
    static final String OA_DISCONNECTED = "oa-disconnected";
    static final String BILLING = "billing";
    static final String CONFIGURATION = "configuration";

    private final RetryLadderStore ladder;
    private final QuietHours quietHours;

    public FailurePolicy(RetryLadderStore ladder, NotificationSettings notifications) {
        this.ladder = ladder;
        this.quietHours = new QuietHours(notifications.quietFrom(), notifications.quietUntil());
    }

    /** Zalo says this channel cannot reach the person, or never will: the next channel may. */
    boolean tryNextChannel(ZaloApiException error) {
        return error.errorClass() == ZaloErrorClass.FALL_BACK || error.errorClass() == ZaloErrorClass.PERMANENT;
    }

    Uni<SendOutcome> afterZaloError(ZaloApiException error, DeliveryChannel channel, int attempts) {
        String reason = describe(error);
        if (error.code() == -133 || error.code() == -234) {
            return Uni.createFrom().item(deferredToMorning(null));
        }
        if (error.notCalled()) {
            return Uni.createFrom().item(circuitOpen(channel, error));
        }
        return switch (error.errorClass()) {
            case RETRY_LATER, REFRESH_AND_RETRY -> ladder.delayAfter(attempts).map(delay -> delay
                    .map(d -> new SendOutcome(NotificationStatus.TEMPORARY_FAILURE, channel, null, null, TEMPORARY,
                            reason + "; thử lại sau " + d.toSeconds() + " giây", Delivery.utc(Instant.now().plus(d))))
                    .orElseGet(() -> new SendOutcome(NotificationStatus.TECHNICAL_FAILURE, channel, null, null, TECHNICAL,
                            reason + "; đã thử " + attempts + " lần", null)));
            // the province must act (connect the OA again, pay): the message waits, never given up for it
            case OA_DISCONNECTED, BILLING -> ladder.delayOrLast(attempts).map(d -> new SendOutcome(
                    NotificationStatus.TEMPORARY_FAILURE, channel, null, null,
                    error.errorClass() == ZaloErrorClass.BILLING ? BILLING : OA_DISCONNECTED,
                    reason + "; chờ quản trị viên xử lý, thử lại sau " + d.toSeconds() + " giây",
                    Delivery.utc(Instant.now().plus(d))));
            case CONFIGURATION -> Uni.createFrom().item(configuration(channel, reason));
            case FALL_BACK, PERMANENT -> Uni.createFrom().item(new SendOutcome(NotificationStatus.PERMANENT_FAILURE,
                    channel, null, null, PERMANENT, reason, null));
        };
    }

    /**
     * Our circuit breaker kept the message from Zalo: nobody refused it, so it goes again as soon as the circuit
     * closes and does not climb the retry ladder (a 60-second outage used to delay messages by 5 minutes).
     */
    SendOutcome circuitOpen(DeliveryChannel channel, ZaloApiException error) {
        java.time.Duration wait = error.circuitOpenFor().plusSeconds(1);
        return new SendOutcome(NotificationStatus.TEMPORARY_FAILURE, channel, null, null, TEMPORARY,
                "Tạm ngừng gọi Zalo sau nhiều lỗi liên tiếp; gửi lại sau " + wait.toSeconds() + " giây",
                Delivery.utc(Instant.now().plus(wait)), false);
    }

    /** The template cannot carry this message (Zalo refused a parameter, or a value does not fit its type). */
    SendOutcome configuration(DeliveryChannel channel, String reason) {
        return new SendOutcome(NotificationStatus.PERMANENT_FAILURE, channel, null, null, CONFIGURATION,
                "Lỗi cấu hình mẫu tin: " + reason, null);
    }

    /** A newer message about the same dossier to the same person is waiting: this one is old news. */
    SendOutcome cancelled() {
        return new SendOutcome(NotificationStatus.CANCELLED, null, null, null, null,
                "Đã có thông báo mới hơn về hồ sơ này", null);
    }

    SendOutcome undeliverable(String reason) {
        return new SendOutcome(NotificationStatus.UNDELIVERABLE, null, null, null, null, reason, null);
    }

    /** Template messages by phone wait for the morning: a deferral, not a failure. */
    SendOutcome deferredToMorning(Instant morning) {
        return new SendOutcome(NotificationStatus.CREATED, DeliveryChannel.TEMPLATE_PHONE, null, null, null,
                "Hoãn đến sáng: không gửi tin qua số điện thoại ban đêm",
                Delivery.utc(morning != null ? morning : quietHours.endAfter(Instant.now())));
    }

    SendOutcome technical(DeliveryChannel channel, Throwable error) {
        Log.errorf(error, "Notification could not be sent on %s", channel);
        String text = String.valueOf(error);
        return new SendOutcome(NotificationStatus.TECHNICAL_FAILURE, channel, null, null, TECHNICAL,
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
            case -135 -> "Chưa liên kết tài khoản thanh toán Zalo (ZBS)";
            case -137 -> "Tài khoản thanh toán Zalo (ZBS) đã hết số dư";
            case -1121 -> "Tham số mẫu tin dài quá giới hạn của Zalo";
            case -1122 -> "Thiếu tham số bắt buộc của mẫu tin";
            case -1124 -> "Tham số mẫu tin sai kiểu dữ liệu Zalo đã duyệt";
            case -109, -131 -> "Mẫu tin không hợp lệ hoặc chưa được duyệt";
            default -> error.errorClass() == ZaloErrorClass.OA_DISCONNECTED
                    ? "OA mất kết nối: cần quản trị viên cấp quyền lại" : "Zalo từ chối";
        };
        String message = String.valueOf(error.getMessage());
        return what + " (" + message.substring(0, Math.min(message.length(), 200)) + ")";
    }
}
