package vn.motcua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.config.RunMode;
import vn.motcua.config.StartupCheck;

import java.util.Optional;

/** The demo creates officer accounts whose password is published: only where the sandbox may run. */
@ApplicationScoped
public class DemoStartupCheck implements StartupCheck {
    private final DemoSettings settings;

    public DemoStartupCheck(DemoSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> refusal(RunMode mode) {
        if (settings.demoData().orElse(false) && !mode.sandboxAllowed()) {
            return Optional.of("the demo data (MOTCUA_DEMO_DATA) creates officer accounts whose password is published: "
                    + "only on the embedded demo database or with MOTCUA_SANDBOX_ENABLED=true, never in production");
        }
        return Optional.empty();
    }
}
