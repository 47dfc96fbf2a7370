package vn.motcua.admin.performance;

import vn.motcua.admin.AdminNotification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Notifications of one channel ({@code null}: none could reach the person) by outcome, with their estimated
 * cost in đồng. Delivered counts delivered and seen; failed counts temporary, permanent and technical failures;
 * pending counts those still waiting to go.
 */
public record NotificationRow(String channel, long delivered, long sent, long failed, long undeliverable, long cancelled,
                              long pending, long cost) {

    public String label() {
        return AdminNotification.channelLabel(channel);
    }

    public long total() {
        return delivered + sent + failed + undeliverable + cancelled + pending;
    }

    /** Messages that did not reach the person: failures and no channel to reach them. */
    public long problems() {
        return failed + undeliverable;
    }

    public NotificationRow plus(NotificationRow other) {
        return new NotificationRow(null, delivered + other.delivered, sent + other.sent, failed + other.failed,
                undeliverable + other.undeliverable, cancelled + other.cancelled, pending + other.pending, cost + other.cost);
    }

    /** The stacked bar of this row, in a 0..100 wide drawing where {@code scale} notifications fill the width. */
    public List<Segment> segments(long scale) {
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        long[] counts = {delivered, sent, pending, failed, undeliverable, cancelled};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 || scale <= 0) {
                continue;
            }
            double width = 100.0 * counts[i] / scale;
            segments.add(new Segment(number(x), number(width), Outcome.ALL.get(i).color(), Outcome.ALL.get(i).label(), counts[i]));
            x += width;
        }
        return segments;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** One coloured piece of a bar. */
    public record Segment(String x, String width, String color, String label, long count) {
    }

    /** The outcomes in bar order, with their colour and Vietnamese name (the legend). */
    public record Outcome(String label, String color) {
        public static final List<Outcome> ALL = List.of(new Outcome("Đã nhận", "#1b7f3b"), new Outcome("Đã gửi", "#0068ff"),
                new Outcome("Chờ gửi", "#9aa5b1"), new Outcome("Lỗi", "#b3261e"),
                new Outcome("Không có kênh nhận tin", "#e37400"), new Outcome("Đã hủy", "#c9d1dc"));
    }
}
