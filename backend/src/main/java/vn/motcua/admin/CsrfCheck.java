package vn.motcua.admin;

import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import vn.motcua.admin.auth.LoginResource;

import java.util.Set;

/**
 * Checks the {@code csrf} field of every form posted to the admin, before any page class sees it, so no page
 * can forget to. It covers every path the session cookie is sent to ({@code /admin}, see
 * {@code LoginResource.sessionCookie}): a forged cross-site post can only ride an officer's session there. The
 * login form ({@code /j_security_check}) is outside it on purpose: there is no session yet to steal.
 * <p>
 * The form is read before the filter runs ({@link WithFormRead}); a wrong or missing token is the 403 problem
 * page of {@link CsrfTokens#verify}.
 */
public class CsrfCheck {
    static final String FIELD = "csrf";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SecurityIdentity identity;
    private final CsrfTokens tokens;

    public CsrfCheck(SecurityIdentity identity, CsrfTokens tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, SimpleResourceInfo resource) {
        if (SAFE_METHODS.contains(request.getMethod())
                || !(underAdmin(request.getUriInfo().getPath()) || adminPage(resource.getResourceClass()))) {
            return;
        }
        var server = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        tokens.verify(identity, (String) server.getFormParameter(FIELD, true, false));
    }

    /** The admin's own classes too, whatever path they answer on: a page moved off /admin stays guarded. */
    static boolean adminPage(Class<?> resource) {
        return resource.getPackageName().startsWith("vn.motcua.admin") && resource != LoginResource.class;
    }

    static boolean underAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }
}
