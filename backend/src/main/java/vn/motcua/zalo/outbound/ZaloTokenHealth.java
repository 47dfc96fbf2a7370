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

    public ZaloTokenHealth(TokenRefresher refresher) {
        this.refresher = refresher;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("zalo-oa-token");
        return refresher.lastFailure().map(why -> builder.down().withData("lastRefreshFailure", why).build())
                .orElseGet(() -> builder.up().build());
    }
}
