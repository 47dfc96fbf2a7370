package vn.motcua.admin.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The officers' session cookie: a random token naming a server-side session (see {@link OfficerLogin}). A
 * missing, malformed or dead session is simply anonymous, so a stale cookie never breaks a public page; the
 * admin's paths then challenge with a redirect to the login form.
 */
@ApplicationScoped
public class SessionCookieMechanism implements HttpAuthenticationMechanism {
    public static final String COOKIE = "motcua-admin";
    static final String LOGIN_PAGE = "/admin/login";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || !SessionTokens.wellFormed(cookie.getValue())) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                new TrustedAuthenticationRequest(cookie.getValue()), context);
        return identities.authenticate(request)
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(302, "Location", LOGIN_PAGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }
}
