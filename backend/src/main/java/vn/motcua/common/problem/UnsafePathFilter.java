package vn.motcua.common.problem;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses request paths that only path tricks use, before CORS, authentication and routing see them: matrix
 * parameters ({@code ;}), dot segments, empty segments, encoded slashes, backslashes, NUL and control characters,
 * and characters no URL of this product has. Different layers read such paths differently (the permission
 * {@code /admin/*} against the router against JAX-RS), which is how authentication gets bypassed; and a {@code ;}
 * or {@code ,} copied into a cookie (the former form login's return address) once made the answer fail and the
 * request hang. A quick 400 instead, as problem+json or, for a browser under /admin, the Vietnamese error page; one
 * debug line, no stack trace. The refusal carries its own protective headers: it never reaches the later filters.
 */
@ApplicationScoped
public class UnsafePathFilter {
    /** Before CORS (300) and authentication (200). */
    static final int PRIORITY = 400;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        String reason = PathCheck.problem(path);
        if (reason == null && nulInQuery(ctx.request().query())) {
            // no parameter of this product holds a NUL; PostgreSQL refuses it in text (a 500 further on)
            reason = "encoded NUL in the query";
        }
        if (reason != null) {
            Log.debugf("Refused request path (%s): %s", reason, PathCheck.printable(path));
            refuse(ctx, path);
            return;
        }
        ctx.next();
    }

    static boolean nulInQuery(String query) {
        return query != null && (query.contains("%00") || query.indexOf('\0') >= 0);
    }

    private void refuse(RoutingContext ctx, String path) {
        Problem problem = Problem.of("bad-path", "Địa chỉ không hợp lệ", 400,
                "Địa chỉ này có ký tự hoặc đoạn đường dẫn không được chấp nhận (;, %2F, .., //, ký tự điều khiển).");
        HttpServerResponse response = ctx.response().setStatusCode(400).putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Cache-Control", "no-store");
        String accept = ctx.request().getHeader("Accept");
        if (path.startsWith("/admin") && accept != null && accept.contains("text/html")) {
            response.putHeader("X-Frame-Options", "DENY").putHeader("Referrer-Policy", "same-origin")
                    .putHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                            + "script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
                    .putHeader("Content-Type", ProblemPage.MEDIA_TYPE).end(ProblemPage.render(problem));
        } else {
            response.putHeader("Content-Type", Problem.MEDIA_TYPE).end(new JsonObject().put("type", problem.type())
                    .put("title", problem.title()).put("status", 400).put("detail", problem.detail()).encode());
        }
    }
}
