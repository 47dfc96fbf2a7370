package vn.motcua.security;

import io.quarkus.logging.Log;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.common.Hashing;
import vn.motcua.common.problem.Problem;
import vn.motcua.config.RunMode;

import java.util.Optional;

/**
 * Metrics and the API description are for operators: open on the embedded demo, elsewhere only with
 * {@code Authorization: Bearer <MOTCUA_OPERATIONS_TOKEN>} (and absent without a token). Health stays open:
 * load balancers and orchestrators probe it, and it says nothing personal.
 */
@ApplicationScoped
public class OperationsEndpoints {
    private final Optional<String> token;
    private final boolean open;

    public OperationsEndpoints(OperationsSettings config, RunMode mode) {
        this.token = config.token();
        this.open = mode.embeddedDatabase() && !mode.production();
    }

    void register(@Observes Router router) {
        if (open) {
            return;
        }
        if (token.isEmpty()) {
            Log.info("/q/metrics, /q/openapi and /q/swagger-ui are off: set MOTCUA_OPERATIONS_TOKEN to read them");
        }
        router.route().order(-105).handler(this::guard);
    }

    private void guard(RoutingContext ctx) {
        if (!guarded(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        if (token.isEmpty()) {
            refuse(ctx, 404, "Không tìm thấy", "Not found.");
            return;
        }
        String header = ctx.request().getHeader("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!Hashing.constantTimeEquals(token.get(), given)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(ctx, 401, "Cần xác thực", "These endpoints need Authorization: Bearer <MOTCUA_OPERATIONS_TOKEN>.");
            return;
        }
        ctx.next();
    }

    static boolean guarded(String path) {
        if (path == null || !path.startsWith("/q/")) {
            return false;
        }
        return !(path.equals("/q/health") || path.startsWith("/q/health/"));
    }

    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(new JsonObject().put("type", "urn:motcua:problem:http-" + status).put("title", title)
                        .put("status", status).put("detail", detail).encode());
    }
}
