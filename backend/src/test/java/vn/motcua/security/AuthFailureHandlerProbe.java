package vn.motcua.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;

/** Test only: tells whether LazyAuthFailureTemplate's failure handler is the one a resource's request carries. */
@Path("/test-only/auth-failure-handler")
public class AuthFailureHandlerProbe {
    @GET
    public String inPlace(@Context RoutingContext ctx) {
        return String.valueOf(LazyAuthFailureTemplate.isInPlace(ctx));
    }
}
