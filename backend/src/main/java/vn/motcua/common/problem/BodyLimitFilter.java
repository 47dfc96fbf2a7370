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
    private final long maxFormBytes;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                           @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size") MemorySize maxFormField) {
        this.maxBytes = maxBodySize.asLongValue();
        // a form no larger than one field's limit cannot hold a field over it; a larger one would make the form
        // parser throw on the event loop, outside every exception mapper (a 500)
        this.maxFormBytes = maxFormField.asLongValue();
    }

    void register(@Observes Router router) {
        // errors raised by Vert.x itself (for example an undecodable query string) get a problem body too
        router.route().order(-101).failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : clientErrorOf(ctx.failure());
            if (status >= 400 && status < 500 && !ctx.response().ended() && !ctx.response().headWritten()) {
                ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(new JsonObject().put("type", "urn:motcua:problem:http-" + status)
                                .put("title", status == 413 ? "Dữ liệu gửi lên quá lớn" : "Yêu cầu không hợp lệ")
                                .put("status", status).put("detail", status == 413
                                        ? "A field or the body is larger than the server accepts."
                                        : "The request could not be read.").encode());
                return;
            }
            ctx.next();
        });
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLarge(length, isForm(ctx.request().getHeader("Content-Type")) ? maxFormBytes : maxBytes)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(new JsonObject().put("type", "urn:motcua:problem:payload-too-large")
                                .put("title", "Dữ liệu gửi lên quá lớn").put("status", 413)
                                .put("detail", "The body is larger than this address accepts.").encode());
                return;
            }
            ctx.next();
        });
    }

    /**
     * A client error raised before any resource runs (the form parser refusing a field over
     * quarkus.http.limits.max-form-attribute-size throws a 413 there): its own status, not a 500.
     */
    private static int clientErrorOf(Throwable failure) {
        if (failure instanceof jakarta.ws.rs.WebApplicationException e && e.getResponse() != null) {
            return e.getResponse().getStatus();
        }
        return 500;
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
