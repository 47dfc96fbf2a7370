package vn.motcua.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The channels to try for one recipient, cheapest first: a free consultation message inside the interaction
 * window, a template by OA user id, a template by the consented phone. Empty means nothing can reach them,
 * and {@link #whyNone} says why, in words an officer can act on.
 */
public final class ChannelChoice {
    private ChannelChoice() {
    }

    public record Reach(String zaloUserId, boolean reachableByOa, Instant lastInteraction, String phone,
                        boolean hasTemplate) {
    }

    public static List<DeliveryChannel> channels(Reach reach, Instant now, Duration window) {
        List<DeliveryChannel> channels = new ArrayList<>();
        boolean oa = reach.zaloUserId() != null && reach.reachableByOa();
        if (oa && reach.lastInteraction() != null && reach.lastInteraction().isAfter(now.minus(window))) {
            channels.add(DeliveryChannel.CONSULTATION);
        }
        if (oa && reach.hasTemplate()) {
            channels.add(DeliveryChannel.TEMPLATE_USER);
        }
        if (reach.phone() != null && reach.hasTemplate()) {
            channels.add(DeliveryChannel.TEMPLATE_PHONE);
        }
        return channels;
    }

    public static String whyNone(Reach reach) {
        if (reach.zaloUserId() != null && !reach.reachableByOa() && reach.phone() == null) {
            return "Người nhận đã bỏ quan tâm OA và chưa đồng ý nhận tin qua số điện thoại";
        }
        if (!reach.hasTemplate()) {
            return "Người nhận không tương tác với OA trong 48 giờ qua và loại thông báo này chưa có mẫu tin (template) được duyệt";
        }
        return "Không có tài khoản Zalo liên kết và không có số điện thoại được đồng ý nhận tin";
    }
}
