package vn.motcua.zalo.bot;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.announcement.AnnouncementCategory;
import vn.motcua.announcement.PublicAnnouncement;
import vn.motcua.common.VietnamTime;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloButton;
import vn.motcua.zalo.outbound.ZaloMessage;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the bot says about the province's news: the newest items ("tin tức"), and the citizen's news choices. */
@ApplicationScoped
public class NewsReplies {
    /** The newest announcements the bot lists for "tin tức". */
    static final int NEWS_ITEMS = 5;
    /** Room left for the buttons' sake and the "more in the Mini App" line. */
    private static final int NEWS_TEXT_BUDGET = 1_800;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ZaloSettings settings;

    public NewsReplies(ZaloSettings settings) {
        this.settings = settings;
    }

    /** The newest announcements (of one category, or all), each shortened, with the way to read them in full. */
    public ZaloMessage news(String userId, AnnouncementCategory category, List<PublicAnnouncement> items) {
        String scope = category == null ? "" : " (" + category.label() + ")";
        List<ZaloButton> buttons = new ArrayList<>();
        settings.miniAppId().ifPresent(id -> buttons.add(ZaloButton.openUrl("Xem tất cả tin tức", "https://zalo.me/s/" + id
                + "/announcements" + (category == null ? "" : "?chuyenmuc=" + category.code()))));
        if (category != AnnouncementCategory.BUSINESS) {
            buttons.add(ZaloButton.query("Tin doanh nghiệp", "tin tức doanh nghiệp"));
        }
        if (category != AnnouncementCategory.PROCEDURES) {
            buttons.add(ZaloButton.query("Tin thủ tục hành chính", "tin tức thủ tục"));
        }
        buttons.add(ZaloButton.query("Nhận tin này qua Zalo", category == null ? "nhận tin"
                : "nhận tin " + switch (category) {
                    case GENERAL -> "chung";
                    case PROCEDURES -> "thủ tục";
                    case BUSINESS -> "doanh nghiệp";
                }));
        if (items.isEmpty()) {
            return ZaloMessage.text(userId, "Hiện chưa có thông báo mới" + scope + ". Bạn có thể nhắn mã hồ sơ để "
                    + "tra cứu, hoặc nhắn \"hướng dẫn\" để xem các chức năng.", buttons);
        }
        StringBuilder text = new StringBuilder("Thông báo mới nhất").append(scope).append(':');
        for (int i = 0; i < items.size(); i++) {
            PublicAnnouncement n = items.get(i);
            String entry = "\n\n" + (i + 1) + ". " + (category == null ? "[" + n.categoryLabel() + "] " : "")
                    + BotReplies.shorten(n.title(), 200) + (n.publishedAt() == null ? "" : " (" + VietnamTime.inVietnam(n.publishedAt()).format(DAY) + ")")
                    + "\n" + BotReplies.shorten(n.body().strip(), 160);
            if (text.length() + entry.length() > NEWS_TEXT_BUDGET) {
                break;
            }
            text.append(entry);
        }
        return ZaloMessage.text(userId, text.toString(), buttons);
    }

    /**
     * What the citizen chose, and what it honestly means: news is sent as consultation messages, so only while
     * Zalo lets the OA write to them (48 hours after they last wrote); everything is in "tin tức" and the Mini App.
     */
    public ZaloMessage newsChoice(String userId, java.util.Set<AnnouncementCategory> chosen, boolean on,
                                  java.util.Set<AnnouncementCategory> receiving) {
        StringBuilder text = new StringBuilder(on ? "Đã đăng ký nhận tin qua Zalo: " : "Đã ngừng nhận tin qua Zalo: ")
                .append(labels(chosen)).append('.');
        if (on) {
            text.append(" Tin mới của mục này được gửi cho bạn khi bạn có nhắn tin với Official Account trong vòng 48 giờ "
                    + "trước đó (Zalo chỉ cho phép nhắn trong thời gian này). Bạn luôn xem được mọi tin bằng cách nhắn "
                    + "\"tin tức\" hoặc trên Mini App. Để ngừng, nhắn: hủy nhận tin.");
        } else {
            text.append(receiving.isEmpty() ? " Bạn không còn nhận tin tự động nào; vẫn xem được tin bằng cách nhắn \"tin tức\"."
                    : " Bạn vẫn nhận: " + labels(receiving) + ".");
        }
        return ZaloMessage.text(userId, text.toString(), List.of());
    }

    private static String labels(java.util.Set<AnnouncementCategory> categories) {
        return String.join(", ", categories.stream().sorted().map(AnnouncementCategory::label).toList());
    }

}
