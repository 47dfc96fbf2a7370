package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.common.problem.ProblemException;

/**
 * Every call under {@code /api/integration/} needs a valid API key, in {@code X-Api-Key} or as
 * {@code Authorization: Bearer <key>}; the caller is kept as a request property. National sync calls
 * ({@code POST /api/integration/dvcqg...}) may instead carry the key as the envelope's {@code session}
 * (OpenCPS does): those are let through here and authenticated by {@link DvcqgResource} once the body is read.
 */
public class IntegrationAuthFilter {
    public static final String CALLER = "motcua.intake-caller";
    private static final String BEARER = "bearer ";
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
        String key = headerKey(request);
        if (key == null && "POST".equals(request.getMethod()) && DvcqgResource.isSyncPath(path)) {
            return Uni.createFrom().voidItem();
        }
        return authenticator.authenticate(key).map(caller -> {
            request.setProperty(CALLER, caller.orElseThrow(IntegrationAuthFilter::unauthorized));
            return null;
        });
    }

    /** The key of {@code X-Api-Key}, else of {@code Authorization: Bearer}; null when neither is sent. */
    static String headerKey(ContainerRequestContext request) {
        String key = request.getHeaderString("X-Api-Key");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        return null;
    }

    static ProblemException unauthorized() {
        return ProblemException.unauthorized("A valid API key is required: header X-Api-Key, Authorization: Bearer, "
                + "or the national envelope's \"session\".");
    }
}
