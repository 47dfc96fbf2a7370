package vn.motcua.admin.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.common.ClientAddress;
import vn.motcua.common.RequestScheme;

import java.net.URI;

/**
 * The login form's target (kept at the path and field names of the form login it replaces): sets the session
 * cookie and the known-device cookie, or sends the browser back to the form with the one generic error.
 */
@Path("/j_security_check")
public class LoginResource {
    public static final String DEVICE_COOKIE = "motcua-device";
    private final OfficerLogin login;
    private final ClientAddress clients;
    private final RequestScheme scheme;
    private final AdminSettings config;

    public LoginResource(OfficerLogin login, ClientAddress clients, RequestScheme scheme, AdminSettings config) {
        this.login = login;
        this.clients = clients;
        this.scheme = scheme;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> login(@FormParam("j_username") String username, @FormParam("j_password") String password,
                               @CookieParam(DEVICE_COOKIE) String device, @Context HttpServerRequest request) {
        boolean secure = secure(request);
        return login.login(username, password, clients.of(request), device).map(success -> success == null
                ? Response.status(302).location(URI.create(SessionCookieMechanism.LOGIN_PAGE + "?loi=1")).build()
                : Response.status(302).location(URI.create("/admin"))
                .cookie(sessionCookie(success.sessionToken(), secure), deviceCookie(success.deviceToken(), secure))
                .header("Cache-Control", "no-store").build());
    }

    boolean secure(HttpServerRequest request) {
        return config.secureCookies() == AdminSettings.SecureCookies.ALWAYS || scheme.https(request);
    }

    /** A browser-session cookie (no Max-Age) for the admin's paths only, never readable by scripts. */
    static NewCookie sessionCookie(String value, boolean secure) {
        return new NewCookie.Builder(SessionCookieMechanism.COOKIE).value(value).path("/admin").httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private NewCookie deviceCookie(String value, boolean secure) {
        return new NewCookie.Builder(DEVICE_COOKIE).value(value).path("/j_security_check").httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).maxAge(config.knownDeviceDays() * 86_400).build();
    }
}
