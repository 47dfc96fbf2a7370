package vn.motcua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the product can serve what it shows: with the demo, its dossiers and officer accounts are loaded.
 * Without it, a load balancer (or a newcomer following the README) would get 404s for the demo codes.
 */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {
    private final DemoDataLoader loader;

    public DemoDataReadiness(DemoDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("demo-data");
        return loader.notReady().map(why -> builder.down().withData("reason", why).build())
                .orElseGet(() -> builder.up().build());
    }
}
