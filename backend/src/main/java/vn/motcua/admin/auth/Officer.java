package vn.motcua.admin.auth;

import java.time.OffsetDateTime;

/**
 * An officer as authentication and the admin pages need it. {@code provinceWide}: their agency is the root of
 * the tree (the province), so an administrator there also runs what the whole province shares.
 */
public record Officer(long id, String username, String passwordHash, String fullName, String role, long agencyId,
                      boolean active, int failedLogins, OffsetDateTime lockedUntil, boolean provinceWide) {

    public static final String OFFICER = "officer";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMINISTRATOR = "administrator";
    /**
     * Not stored: an administrator of the province's root agency. Only they touch what every commune shares
     * (the OA connection, integrators' API keys, the holiday calendar, the procedure catalogue); a commune's
     * administrator runs its own officers and branch of the agency tree.
     */
    public static final String PROVINCE_ADMINISTRATOR = "province-administrator";

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
