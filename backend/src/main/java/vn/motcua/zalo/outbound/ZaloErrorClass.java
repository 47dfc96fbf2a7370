package vn.motcua.zalo.outbound;

/** How to react to a Zalo error code (zalo-platform.md, section 2). */
public enum ZaloErrorClass {
    /** The token is invalid or expired: refresh it once and retry once. */
    REFRESH_AND_RETRY,
    /** Rate limit, quota, night hours, Zalo unavailable: the same call may work later. */
    RETRY_LATER,
    /** This channel cannot reach the user now (outside the window, not a follower...): use a template. */
    FALL_BACK,
    /** The request or the user can never be served this way (invalid field, user blocked the OA). */
    PERMANENT;

    public static ZaloErrorClass of(int code) {
        return switch (code) {
            case -216, -220, -124 -> REFRESH_AND_RETRY;
            case -32, -211, -218, -234, -133, -115, -144, -147 -> RETRY_LATER;
            case -213, -230, -232, -249, -118, -114 -> FALL_BACK;
            default -> PERMANENT;
        };
    }
}
