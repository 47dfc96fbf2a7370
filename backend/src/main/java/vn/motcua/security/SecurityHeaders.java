package vn.motcua.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser protections on the pages that show personal data or run the admin: no framing, no referrer to other sites (a
 * dossier link carries its access token), nothing cached (a shared computer at the one-stop desk), and a
 * content policy that only allows this site's own resources (no inline script anywhere).
 */
@ApplicationScoped
public class SecurityHeaders {
    /** The admin's one script is a file of ours (/static/admin.js): no inline code runs. */
    static final String ADMIN_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The public dossier pages have no script at all. */
    static final String PAGE_POLICY = ADMIN_POLICY.replace("script-src 'self'", "script-src 'none'");

    void register(@Observes Router router) {
        router.route().order(-110).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Kind kind = kind(path);
        ctx.addHeadersEndHandler(v -> apply(kind, ctx.response().headers()));
        ctx.next();
    }

    static Kind kind(String path) {
        if (path == null) {
            return Kind.OTHER;
        }
        if (path.equals("/admin") || path.startsWith("/admin/") || path.equals("/j_security_check")
                || path.startsWith("/zalo/oauth/")) {
            return Kind.ADMIN;
        }
        if (path.equals("/tra-cuu") || path.startsWith("/tra-cuu/") || path.startsWith("/api/public/v1/dossiers/")
                || path.startsWith("/api/public/v1/me") || path.startsWith("/api/public/v1/session")) {
            return path.startsWith("/api/") ? Kind.PERSONAL_API : Kind.PERSONAL_PAGE;
        }
        return Kind.OTHER;
    }

    static void apply(Kind kind, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (kind == Kind.OTHER) {
            return;
        }
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "same-origin");
        if (kind == Kind.PERSONAL_API) {
            return;
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", kind == Kind.ADMIN ? ADMIN_POLICY : PAGE_POLICY);
    }

    enum Kind {
        ADMIN, PERSONAL_PAGE, PERSONAL_API, OTHER
    }
}
