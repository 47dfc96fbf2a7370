package vn.motcua.admin;

import vn.motcua.notification.NotificationView;

import java.time.OffsetDateTime;
import java.util.Map;

/** A notification as an officer reads it on the dossier page: in Vietnamese, with why it did not go. */
public record AdminNotification(String kind, String recipient, String channel, String status, boolean problem,
                                String reason, OffsetDateTime createdAt, OffsetDateTime lastChangeAt, int attempts) {
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("accepted", "Tiếp nhận"),
            Map.entry("supplement-required", "Yêu cầu bổ sung"), Map.entry("fee-due", "Nộp phí, lệ phí"),
            Map.entry("refused", "Không tiếp nhận"), Map.entry("stopped", "Dừng xử lý"),
            Map.entry("withdrawn", "Rút hồ sơ"), Map.entry("result-ready", "Có kết quả"),
            Map.entry("result-returned", "Đã trả kết quả"), Map.entry("delayed", "Trễ hẹn (xin lỗi)"),
            Map.entry("due-soon", "Nhắc hẹn trả"),
            Map.entry("status-update", "Thay đổi trạng thái (người theo dõi chưa xác minh là người nộp)"));
    private static final Map<String, String> CHANNELS = Map.of("consultation", "Tin tư vấn OA (miễn phí)",
            "template_user", "Tin mẫu qua Zalo", "template_phone", "Tin mẫu qua số điện thoại");
    private static final Map<String, String> STATUSES = Map.of("created", "Chờ gửi", "sending", "Đang gửi",
            "sent", "Đã gửi", "delivered", "Đã nhận", "seen", "Đã xem",
            "temporary-failure", "Lỗi tạm thời, sẽ gửi lại", "permanent-failure", "Không gửi được",
            "technical-failure", "Lỗi kỹ thuật", "undeliverable", "Không có kênh nhận tin",
            "cancelled", "Đã hủy (có tin mới hơn)");

    /** The Vietnamese name of a message kind ({@code supplement-required}: "Yêu cầu bổ sung"). */
    public static String kindLabel(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    /** The Vietnamese name of a channel; none yet, or none could reach the person: "Chưa có kênh gửi". */
    public static String channelLabel(String channel) {
        return channel == null ? "Chưa có kênh gửi" : CHANNELS.getOrDefault(channel, channel);
    }

    static AdminNotification of(NotificationView view) {
        String recipient = view.recipient().zaloUserId() != null ? "Zalo " + view.recipient().zaloUserId()
                : "SĐT " + view.recipient().phone();
        OffsetDateTime last = view.history().isEmpty() ? view.createdAt()
                : view.history().get(view.history().size() - 1).at();
        boolean problem = view.status().endsWith("failure") || view.status().equals("undeliverable");
        return new AdminNotification(KINDS.getOrDefault(view.kind(), view.kind()), recipient,
                view.channel() == null ? "" : CHANNELS.getOrDefault(view.channel(), view.channel()),
                STATUSES.getOrDefault(view.status(), view.status()), problem, view.reason(), view.createdAt(), last,
                view.attempts());
    }
}
