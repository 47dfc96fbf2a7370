package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import vn.motcua.admin.auth.Officer;
import vn.motcua.admin.auth.OfficerIdentities;

/** The signed-in officer as the admin layout shows them: name, and which menus their role opens. */
public record AdminUser(String name, boolean supervisor, boolean administrator, boolean provinceAdministrator) {

    public static AdminUser of(SecurityIdentity identity) {
        return new AdminUser(OfficerIdentities.fullName(identity), identity.hasRole(Officer.SUPERVISOR),
                identity.hasRole(Officer.ADMINISTRATOR), identity.hasRole(Officer.PROVINCE_ADMINISTRATOR));
    }

    @Override
    public String toString() {
        return name;
    }
}
