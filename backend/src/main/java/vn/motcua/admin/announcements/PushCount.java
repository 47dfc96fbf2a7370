package vn.motcua.admin.announcements;

import java.util.List;
import java.util.Map;

/** How many pushes of an announcement are in one status, with the status as officers read it. */
public record PushCount(String status, String label, long count) {

    static List<PushCount> of(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new PushCount(e.getKey(), label(e.getKey()), e.getValue())).toList();
    }

    private static String label(String status) {
        return switch (status) {
            case "created" -> "Chờ gửi";
            case "sending" -> "Đang gửi";
            case "sent" -> "Đã gửi";
            case "temporary-failure" -> "Lỗi tạm thời, sẽ gửi lại";
            case "permanent-failure" -> "Zalo từ chối";
            case "technical-failure" -> "Lỗi kỹ thuật";
            case "cancelled" -> "Đã hủy (thông báo bị gỡ)";
            default -> status;
        };
    }
}
