package vn.motcua.zalo.outbound;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Down after a failed token refresh, at {@code /q/health/group/zalo}: kept out of readiness on purpose, since
 * lookups and the webhook still work and the instance must stay in the load balancer.
 */
@HealthGroup("zalo")
@ApplicationScoped
public class ZaloTokenHealth implements HealthCheck {
    private final TokenRefresher refresher;
    private final vn.motcua.zalo.alarm.ZaloAlarms alarms;

    public ZaloTokenHealth(TokenRefresher refresher, vn.motcua.zalo.alarm.ZaloAlarms alarms) {
        this.refresher = refresher;
        this.alarms = alarms;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("zalo-oa-token");
        var disconnected = alarms.get(vn.motcua.zalo.alarm.ZaloAlarm.OA_DISCONNECTED);
        if (disconnected.isPresent()) {
            return builder.down().withData("lastRefreshFailure", refresher.lastFailure()
                    .orElse(String.valueOf(disconnected.get().detail())))
                    .withData("oaDisconnectedCode", disconnected.get().code() == null ? -1 : disconnected.get().code())
                    .build();
        }
        return refresher.lastFailure().map(why -> builder.down().withData("lastRefreshFailure", why).build())
                .orElseGet(() -> builder.up().build());
    }
}
