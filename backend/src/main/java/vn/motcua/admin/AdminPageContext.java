package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What every admin page shows besides its own content: the signed-in officer (name, and the menus their role
 * opens), the CSRF token every form carries, and how dates and numbers are written. The layout and the page
 * templates read it through the {@code inject:} namespace ({@code {inject:admin.officer.name}},
 * {@code {inject:admin.csrf}}, {@code {inject:admin.format.dateTime(...)}}), so page classes and their template
 * signatures carry only their own data.
 * <p>
 * Request scoped because it is the request's officer. It reads only the security identity already in memory
 * (no I/O), so templates may call it on the event loop while a page renders.
 */
@Named("admin")
@RequestScoped
public class AdminPageContext {
    private final SecurityIdentity identity;
    private final CsrfTokens csrf;
    private AdminUser officer;

    public AdminPageContext(SecurityIdentity identity, CsrfTokens csrf) {
        this.identity = identity;
        this.csrf = csrf;
    }

    /** The signed-in officer; made once per request since the layout and the page both ask. */
    public AdminUser officer() {
        if (officer == null) {
            officer = AdminUser.of(identity);
        }
        return officer;
    }

    /** The value of the hidden {@code csrf} field in every form (the token of the officer's session). */
    public String csrf() {
        return csrf.tokenFor(identity);
    }

    public AdminFormat format() {
        return AdminFormat.INSTANCE;
    }
}
