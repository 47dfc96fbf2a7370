package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.common.problem.ProblemException;

/** Every call under {@code /api/integration/} needs a valid {@code X-Api-Key}; the caller's system is kept. */
public class IntegrationAuthFilter {
    public static final String SOURCE_SYSTEM = "motcua.source-system";
    private final ApiKeyAuthenticator authenticator;

    public IntegrationAuthFilter(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/integration/") || "OPTIONS".equals(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        return authenticator.authenticate(request.getHeaderString("X-Api-Key")).map(source -> {
            if (source.isEmpty()) {
                throw ProblemException.unauthorized("A valid API key is required in the X-Api-Key header.");
            }
            request.setProperty(SOURCE_SYSTEM, source.get());
            return null;
        });
    }
}
