package vn.motcua.zalo.bot;

/** What a citizen's message asks for. */
public enum Intent {
    LOOKUP, SUBSCRIBE, UNSUBSCRIBE, MY_DOSSIERS, NEWS, MENU, GREETING, THANKS, HUMAN
}
