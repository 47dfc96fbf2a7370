package vn.motcua.admin.settings;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.admin.auth.Officer;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.zalo.ZaloConfig;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.alarm.WaitingMessageStore;
import vn.motcua.zalo.alarm.ZaloAlarm;
import vn.motcua.zalo.alarm.ZaloAlarms;
import vn.motcua.zalo.outbound.OaAuthorization;
import vn.motcua.zalo.outbound.TokenRefresher;
import vn.motcua.zalo.outbound.TokenRepository;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The administrator's Zalo page: the OA token's state, the PKCE connection to the OA, and pasting a pair. An admin
 * page, so it lives with the other settings; Zalo's redirect back lands on zalo.connect.OAuthCallbackResource.
 */
@Path("/admin/zalo")
@Produces("text/html; charset=utf-8")
public class ZaloConnectResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String mode, OffsetDateTime storedAt, OffsetDateTime expiresAt,
                                            String refreshFailure, boolean saved, List<ZaloAlarm> alarms,
                                            boolean developmentTemplates);
    }

    private final SecurityIdentity identity;
    private final OaAuthorization authorization;
    private final TokenRepository tokens;
    private final TokenRefresher refresher;
    private final ZaloSettings settings;
    private final ZaloAlarms alarms;
    private final WaitingMessageStore waiting;

    public ZaloConnectResource(SecurityIdentity identity, OaAuthorization authorization,
                               TokenRepository tokens, TokenRefresher refresher, ZaloSettings settings,
                               ZaloAlarms alarms, WaitingMessageStore waiting) {
        this.alarms = alarms;
        this.waiting = waiting;
        this.identity = identity;
        this.authorization = authorization;
        this.tokens = tokens;
        this.refresher = refresher;
        this.settings = settings;
    }

    @GET
    @Operation(hidden = true)
    public Uni<String> page(@QueryParam("daluu") String saved) {
        requireAdministrator();
        return tokens.status().flatMap(status -> Templates.page(settings.sandbox() ? "sandbox" : "live",
                status == null ? null : status.updatedAt(), status == null ? null : status.accessExpiresAt(),
                refresher.lastFailure().orElse(null), saved != null, alarms.active(),
                settings.config().templateMode() == ZaloConfig.TemplateMode.DEVELOPMENT).createUni());
    }

    /** Starts the OA authorisation: 303 to Zalo's permission page (PKCE S256, state kept server-side). */
    @GET
    @Path("/connect")
    @Operation(hidden = true)
    public Uni<Response> connect() {
        requireAdministrator();
        return authorization.start(identity.getPrincipal().getName()).map(uri -> Response.seeOther(uri).build());
    }

    /** Stores a pair obtained elsewhere (Zalo's developer console): the old pair is replaced. */
    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> paste(@FormParam("access_token") String accessToken,
                               @FormParam("refresh_token") String refreshToken, @FormParam("expires_in") String expiresIn) {
        requireAdministrator();
        String access = required(accessToken, "access_token");
        String refresh = required(refreshToken, "refresh_token");
        return authorization.store(new TokenRefresher.TokenPair(access, refresh, seconds(expiresIn)))
                .map(x -> Response.seeOther(URI.create("/admin/zalo?daluu=1")).build());
    }

    /**
     * The administrator says the billing account is linked or paid: the billing alarm is cleared and every message
     * that waited for it is due at once (if Zalo still refuses, the alarm comes back with the next attempt).
     */
    @POST
    @Path("/alarms/billing/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> retryBilling() {
        requireAdministrator();
        return alarms.clearEverywhere(ZaloAlarm.BILLING)
                .flatMap(v -> waiting.wake(ZaloAlarm.BILLING))
                .map(x -> Response.seeOther(URI.create("/admin/zalo")).build());
    }

    private void requireAdministrator() {
        if (!identity.hasRole(Officer.PROVINCE_ADMINISTRATOR)) {
            throw ProblemException.forbidden("Không có quyền", "Chỉ quản trị viên cấp tỉnh được kết nối Official Account.");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank() || value.strip().length() > 4096 || value.strip().contains(" ")) {
            throw ProblemException.badRequest("Thiếu hoặc sai " + name + ".");
        }
        return value.strip();
    }

    /** Zalo's access tokens live 25 hours: the default when the field is left empty. */
    private static double seconds(String value) {
        if (value == null || value.isBlank()) {
            return 90_000;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 60 || seconds > 31_536_000) {
                throw ProblemException.badRequest("expires_in phải từ 60 đến 31536000 giây.");
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("expires_in phải là số giây.");
        }
    }
}
