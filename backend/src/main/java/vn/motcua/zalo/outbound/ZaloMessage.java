package vn.motcua.zalo.outbound;

import java.text.Normalizer;
import java.util.List;

/**
 * A consultation message to one OA user: a text with buttons, or the request_user_info consent card. Texts
 * are NFC-normalised and checked against Zalo's 2,000-character limit here, so no caller can send a longer one.
 */
public record ZaloMessage(String userId, String text, List<ZaloButton> buttons, ConsentRequest consent) {
    public static final int MAX_TEXT = 2000;

    public record ConsentRequest(String title, String subtitle, String imageUrl) {
    }

    public ZaloMessage {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a consultation message needs the user's OA id");
        }
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        if (text != null) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
            int length = text.codePointCount(0, text.length());
            if (length > MAX_TEXT) {
                throw new IllegalArgumentException("consultation text of " + length + " characters exceeds "
                        + MAX_TEXT);
            }
        }
        if ((text == null) == (consent == null)) {
            throw new IllegalArgumentException("a message is either a text or a consent request");
        }
    }

    public static ZaloMessage text(String userId, String text, List<ZaloButton> buttons) {
        return new ZaloMessage(userId, text, buttons, null);
    }

    public static ZaloMessage consent(String userId, ConsentRequest request) {
        return new ZaloMessage(userId, null, List.of(), request);
    }
}
