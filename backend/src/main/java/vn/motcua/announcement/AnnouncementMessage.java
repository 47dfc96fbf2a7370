package vn.motcua.announcement;

import vn.motcua.zalo.outbound.ZaloButton;
import vn.motcua.zalo.outbound.ZaloMessage;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * An announcement as a consultation message: category, title, then as much of the text as fits Zalo's 2,000
 * characters. The admin's preview shows exactly this text, so what an officer reads is what citizens get.
 */
public final class AnnouncementMessage {
    private static final String MORE = "… (xem đầy đủ trong Mini App)";

    private AnnouncementMessage() {
    }

    public static String text(AnnouncementCategory category, String title, String body) {
        String head = Normalizer.normalize("[" + category.label() + "] " + title.strip() + "\n\n", Normalizer.Form.NFC);
        String text = Normalizer.normalize(body.strip(), Normalizer.Form.NFC);
        int room = ZaloMessage.MAX_TEXT - length(head);
        if (length(text) > room) {
            int keep = room - length(MORE);
            text = text.substring(0, text.offsetByCodePoints(0, keep)).stripTrailing() + MORE;
        }
        return head + text;
    }

    /** With a button to the Mini App's news when the province has a Mini App. */
    public static ZaloMessage of(String userId, long id, AnnouncementCategory category, String title, String body,
                                 Optional<String> miniAppId) {
        List<ZaloButton> buttons = miniAppId.map(app -> List.of(ZaloButton.openUrl("Xem trên Mini App",
                "https://zalo.me/s/" + app + "/announcements?id=" + id))).orElse(List.of());
        return ZaloMessage.text(userId, text(category, title, body), buttons);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
