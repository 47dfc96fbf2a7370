package vn.motcua.security;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.BiConsumer;

/**
 * Works out the URI template of a request that its resource did not label only when it answers. Quarkus REST (3.33),
 * with Micrometer present, finds the template for every request in advance, in case the request is refused before
 * it reaches its resource (a login redirect, a 401), so that the refusal's {@code http_server_requests} series carries
 * the template and not the raw path: and it does so by building a new request mapper of every resource class each
 * time, about 7 % of the app's CPU in a public lookup (docs/performance.md). Its filter only does that when the
 * request's failure handler is the security layer's default one. This filter, registered at the authentication
 * filter's priority (so it runs right after it: same order, added later), puts in its place one that does what
 * Quarkus REST's would (the failure handed to the error handlers), and labels the request when its headers are
 * written if no resource did. {@code LazyAuthFailureTemplateTest} fails if Quarkus REST's own handler is in place or
 * a refusal goes unlabelled.
 */
@ApplicationScoped
public class LazyAuthFailureTemplate {
    /** The request-local key Quarkus REST's handlers and Micrometer share the template under. */
    private static final String TEMPLATE = "UrlPathTemplate";
    private static final BiConsumer<RoutingContext, Throwable> ON_FAILURE = LazyAuthFailureTemplate::refuse;

    void register(@Observes Filters filters) {
        filters.register(LazyAuthFailureTemplate::replace, SecurityHandlerPriorities.AUTHENTICATION);
    }

    private static void replace(RoutingContext ctx) {
        if (ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ON_FAILURE);
            ctx.addHeadersEndHandler(ignored -> labelIfUnlabelled(ctx));
        }
        ctx.next();
    }

    /** The template, as Quarkus REST's filter would have found it, unless the resource's handler set it meanwhile. */
    private static void labelIfUnlabelled(RoutingContext ctx) {
        if (((HttpServerRequestInternal) ctx.request()).context().getLocal(TEMPLATE) == null) {
            ObservabilityIntegrationRecorder.setTemplatePath(ctx, ResteasyReactiveRecorder.getCurrentDeployment());
        }
    }

    /** What Quarkus REST's own failure handler does. */
    private static void refuse(RoutingContext ctx, Throwable failure) {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(ctx, failure);
        if (!ctx.failed()) {
            ctx.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    }

    /** Whether the failure handler in place is this class's (for the test that proves it replaced Quarkus REST's). */
    static boolean isInPlace(RoutingContext ctx) {
        return ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) == ON_FAILURE;
    }
}
