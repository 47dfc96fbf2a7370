package vn.motcua.admin.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Turns a session cookie's token into the officer's identity on every request, from the server-side session,
 * so that a logout, a deactivation or a changed agency takes effect at once.
 */
@ApplicationScoped
public class OfficerTrustedIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    private final OfficerSessionRepository sessions;
    private final Duration idleTimeout;

    public OfficerTrustedIdentityProvider(OfficerSessionRepository sessions, AdminSettings config) {
        this.sessions = sessions;
        this.idleTimeout = config.sessionIdleTimeout();
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return sessions.use(request.getPrincipal(), idleTimeout).map(session -> {
            if (session == null) {
                throw new AuthenticationFailedException("no live session");
            }
            return OfficerIdentities.of(session);
        });
    }
}
