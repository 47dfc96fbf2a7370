package vn.motcua.admin.settings;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.TokenRepository;
import vn.motcua.zalo.outbound.ZaloTokenHealth;

import java.time.OffsetDateTime;

/** The state of the link to Zalo, read only: mode, the stored token's expiry, the refresh health, the alarms. */
@ApplicationScoped
public class ZaloConnection {
    private final TokenRepository tokens;
    private final ZaloSettings settings;
    private final ZaloTokenHealth health;
    private final vn.motcua.zalo.alarm.ZaloAlarms alarms;

    public ZaloConnection(TokenRepository tokens, ZaloSettings settings, @HealthGroup("zalo") ZaloTokenHealth health,
                          vn.motcua.zalo.alarm.ZaloAlarms alarms) {
        this.alarms = alarms;
        this.tokens = tokens;
        this.settings = settings;
        this.health = health;
    }

    public Uni<State> state() {
        HealthCheckResponse check = health.call();
        String failure = check.getData().map(d -> String.valueOf(d.get("lastRefreshFailure"))).orElse(null);
        return tokens.status().map(token -> {
            return new State(settings.sandbox(), settings.oaId(), token == null ? null : token.accessExpiresAt(),
                    token == null ? null : token.updatedAt(), check.getStatus() == HealthCheckResponse.Status.UP, failure,
                    alarms.active(), settings.config().templateMode() == vn.motcua.zalo.ZaloConfig.TemplateMode.DEVELOPMENT);
        });
    }

    /** {@code developmentTemplates}: Zalo's development mode for template messages (a pilot), see ZALO_TEMPLATE_MODE. */
    public record State(boolean sandbox, String oaId, OffsetDateTime accessExpiresAt, OffsetDateTime updatedAt,
                        boolean healthy, String lastFailure, java.util.List<vn.motcua.zalo.alarm.ZaloAlarm> alarms,
                        boolean developmentTemplates) {
        public boolean hasToken() {
            return accessExpiresAt != null;
        }

        public boolean expired() {
            return accessExpiresAt != null && accessExpiresAt.isBefore(OffsetDateTime.now());
        }
    }
}
