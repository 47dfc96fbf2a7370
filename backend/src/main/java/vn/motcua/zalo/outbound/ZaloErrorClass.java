package vn.motcua.zalo.outbound;

/**
 * How to react to a Zalo error code; the table of codes and reactions is in docs/zalo-setup.md, section 6 (the
 * codes are those of Zalo's OA and ZBS APIs, checked against Zalo's official SDKs).
 */
public enum ZaloErrorClass {
    /** The token is invalid or expired: refresh it once and retry once. */
    REFRESH_AND_RETRY,
    /** Rate limit, quota, night hours, Zalo unavailable: the same call may work later. */
    RETRY_LATER,
    /** This channel cannot reach the user now (outside the window, not a follower...): use a template. */
    FALL_BACK,
    /** The request or the user can never be served this way (invalid field, user blocked the OA). */
    PERMANENT,
    /**
     * The token endpoint refused the OA's refresh token, whatever its code: only an administrator's new
     * connection revives it. Messages wait for it; nothing is given up.
     */
    OA_DISCONNECTED,
    /** No billing account linked ({@code -135}) or no money left ({@code -137}): the province must act; messages wait. */
    BILLING,
    /**
     * The template's mapping does not fit the template Zalo approved: a parameter too long or of the wrong type
     * ({@code -1121}, {@code -1124}), missing ({@code -1122}), the template unusable ({@code -109}, {@code -131}).
     * Retrying changes nothing; an administrator must fix the mapping.
     */
    CONFIGURATION;

    public static ZaloErrorClass of(int code) {
        return switch (code) {
            case -216, -220, -124 -> REFRESH_AND_RETRY;
            case -32, -211, -218, -234, -133, -115, -144, -147 -> RETRY_LATER;
            case -213, -230, -232, -249, -118, -114 -> FALL_BACK;
            case -135, -137 -> BILLING;
            case -1121, -1122, -1124, -109, -131 -> CONFIGURATION;
            default -> PERMANENT;
        };
    }

    /** The message should wait for the province instead of climbing the retry ladder to its end. */
    public boolean waitsForProvince() {
        return this == OA_DISCONNECTED || this == BILLING;
    }
}
