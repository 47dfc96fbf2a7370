package vn.motcua.admin.officers;

import java.time.OffsetDateTime;

/** An officer as the administrator's list shows them. */
public record OfficerRow(long id, String username, String fullName, String role, long agencyId, String agencyName,
                         boolean active, boolean locked, OffsetDateTime lastLoginAt) {

    public String roleLabel() {
        return Roles.label(role);
    }
}
