package vn.motcua.zalo.bot;

/** What a citizen's message asks for. */
public enum Intent {
    LOOKUP, SUBSCRIBE, UNSUBSCRIBE, MY_DOSSIERS, NEWS, MENU, GREETING, THANKS, HUMAN,
    /** "nhận tin thủ tục": news of a category (or all) pushed to this citizen. */
    NEWS_OPT_IN,
    /** "hủy nhận tin": no more news pushed. */
    NEWS_OPT_OUT
}
