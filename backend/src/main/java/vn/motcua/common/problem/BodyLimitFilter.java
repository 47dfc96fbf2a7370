package vn.motcua.common.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * A body announced larger than the server accepts is refused before it is read, with the same problem+json
 * as every other error (Vert.x would otherwise answer 413 with an empty body).
 */
@ApplicationScoped
public class BodyLimitFilter {
    private final long maxBytes;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        // errors raised by Vert.x itself (for example an undecodable query string) get a problem body too
        router.route().order(-101).failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            if (status >= 400 && status < 500 && !ctx.response().ended() && !ctx.response().headWritten()) {
                ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(new JsonObject().put("type", "urn:motcua:problem:http-" + status)
                                .put("title", "Yêu cầu không hợp lệ").put("status", status)
                                .put("detail", "The request could not be read.").encode());
                return;
            }
            ctx.next();
        });
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(new JsonObject().put("type", "urn:motcua:problem:payload-too-large")
                                .put("title", "Dữ liệu gửi lên quá lớn").put("status", 413)
                                .put("detail", "The body is larger than " + maxBytes + " bytes.").encode());
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
