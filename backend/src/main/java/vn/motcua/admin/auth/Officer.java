package vn.motcua.admin.auth;

import java.time.OffsetDateTime;

/** An officer as authentication and the admin pages need it. */
public record Officer(long id, String username, String passwordHash, String fullName, String role, long agencyId,
                      boolean active, int failedLogins, OffsetDateTime lockedUntil) {

    public static final String OFFICER = "officer";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMINISTRATOR = "administrator";

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
