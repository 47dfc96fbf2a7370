package vn.motcua.admin.auth;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;
import vn.motcua.config.MotCuaConfig;

/**
 * Checks an officer's password at login (form authentication), with lock-out after repeated failures. The
 * same answer for an unknown name, a wrong password and a locked account, so names cannot be probed.
 */
@ApplicationScoped
public class OfficerIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** Hashed once so that an unknown username costs as much time as a wrong password. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-real-password");
    private final OfficerRepository officers;
    private final MotCuaConfig.Admin config;

    public OfficerIdentityProvider(OfficerRepository officers, MotCuaConfig config) {
        this.officers = officers;
        this.config = config.admin();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return officers.findByUsername(username).flatMap(officer -> Uni.createFrom().item(() ->
                        PasswordHasher.matches(password, officer == null ? DUMMY_HASH : officer.passwordHash()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(matches -> {
                    boolean usable = officer != null && officer.active() && !officer.lockedAt(VietnamTime.now());
                    if (usable && matches) {
                        return officers.recordSuccess(officer.id()).replaceWith(OfficerIdentities.of(officer));
                    }
                    Log.warnf("Failed admin login for '%s'", username);
                    Uni<Void> counted = officer == null ? Uni.createFrom().voidItem()
                            : officers.recordFailure(officer.id(), config.maxFailedLogins(), config.lockout());
                    return counted.map(x -> {
                        throw new AuthenticationFailedException("invalid credentials");
                    });
                }));
    }
}
