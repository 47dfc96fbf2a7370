package vn.motcua.admin.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The officer behind a security identity: roles nest (an administrator is also a supervisor and officer). */
public final class OfficerIdentities {
    static final String OFFICER_ID = "officerId";
    static final String AGENCY_ID = "agencyId";
    static final String FULL_NAME = "fullName";
    static final String SESSION_ID = "sessionId";
    static final String CSRF_TOKEN = "csrfToken";

    private OfficerIdentities() {
    }

    /** The identity of a live session: the officer, plus the session's id and its own CSRF token. */
    static SecurityIdentity of(OfficerSessionRepository.SessionOfficer session) {
        return builder(session.officer()).addAttribute(SESSION_ID, session.sessionId())
                .addAttribute(CSRF_TOKEN, session.csrfToken()).build();
    }

    private static QuarkusSecurityIdentity.Builder builder(Officer officer) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(officer.username()))
                .addRole(Officer.OFFICER)
                .addAttribute(OFFICER_ID, officer.id())
                .addAttribute(AGENCY_ID, officer.agencyId())
                .addAttribute(FULL_NAME, officer.fullName());
        if (!Officer.OFFICER.equals(officer.role())) {
            builder.addRole(Officer.SUPERVISOR);
        }
        if (Officer.ADMINISTRATOR.equals(officer.role())) {
            builder.addRole(Officer.ADMINISTRATOR);
            if (officer.provinceWide()) {
                builder.addRole(Officer.PROVINCE_ADMINISTRATOR);
            }
        }
        return builder;
    }

    public static long agencyId(SecurityIdentity identity) {
        return identity.<Long>getAttribute(AGENCY_ID);
    }

    public static long officerId(SecurityIdentity identity) {
        return identity.<Long>getAttribute(OFFICER_ID);
    }

    public static String fullName(SecurityIdentity identity) {
        return identity.getAttribute(FULL_NAME);
    }

    /** The CSRF token of the officer's session: each session has its own, ended with it. */
    public static String csrfToken(SecurityIdentity identity) {
        return identity.getAttribute(CSRF_TOKEN);
    }

    public static Long sessionId(SecurityIdentity identity) {
        return identity.getAttribute(SESSION_ID);
    }
}
