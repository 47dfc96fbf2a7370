package vn.motcua.config;

import java.util.Optional;

/**
 * A feature's own reason to refuse starting this instance. {@code app.StartupSafety} collects every
 * implementation, so a feature adds its check without the start-up code (or config) knowing the feature.
 */
public interface StartupCheck {
    /** Why the feature's settings are unsafe in this run mode (the message the operator reads), or empty. */
    Optional<String> refusal(RunMode mode);
}
