package vn.motcua.zalo.outbound;

/** A button under a consultation message; {@code value} is the URL, the query text or the phone number. */
public record ZaloButton(String title, String type, String value) {
    public static final String OPEN_URL = "oa.open.url";
    public static final String QUERY_HIDE = "oa.query.hide";
    public static final String OPEN_PHONE = "oa.open.phone";

    public static ZaloButton openUrl(String title, String url) {
        return new ZaloButton(title, OPEN_URL, url);
    }

    /** Pressing it sends {@code text} back as a user_send_text event without showing it: how menus work. */
    public static ZaloButton query(String title, String text) {
        return new ZaloButton(title, QUERY_HIDE, text);
    }

    public static ZaloButton phone(String title, String phone) {
        return new ZaloButton(title, OPEN_PHONE, phone);
    }
}
