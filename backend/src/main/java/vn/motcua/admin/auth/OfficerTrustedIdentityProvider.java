package vn.motcua.admin.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rebuilds the officer's identity from the session cookie on every request, so that a deactivated officer
 * or a changed agency takes effect at once.
 */
@ApplicationScoped
public class OfficerTrustedIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    private final OfficerRepository officers;

    public OfficerTrustedIdentityProvider(OfficerRepository officers) {
        this.officers = officers;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return officers.findByUsername(request.getPrincipal()).map(officer -> {
            if (officer == null || !officer.active()) {
                throw new AuthenticationFailedException("officer no longer active");
            }
            return OfficerIdentities.of(officer);
        });
    }
}
