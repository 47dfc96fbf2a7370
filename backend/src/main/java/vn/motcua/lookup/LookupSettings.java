package vn.motcua.lookup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/**
 * {@code motcua.lookup.*}: public lookup: its rate limit and the throttles of access proofs.
 * Owned by this feature, not by {@code config}: the shared configuration knows no feature.
 */
@ConfigMapping(prefix = "motcua.lookup")
public interface LookupSettings {
    @WithName("rate-limit.enabled")
    @WithDefault("true")
    boolean rateLimitEnabled();

    @WithName("rate-limit.per-minute")
    @WithDefault("60")
    int rateLimitPerMinute();

    /** Failed access proofs allowed per dossier code within the window. */
    @WithName("access.max-failures-per-dossier")
    @WithDefault("5")
    int accessMaxFailuresPerDossier();

    @WithName("access.max-attempts-per-client")
    @WithDefault("10")
    int accessMaxAttemptsPerClient();

    @WithName("access.window")
    @WithDefault("PT1H")
    Duration accessWindow();

    /** Failed access proofs allowed per client (any dossier) within the window, shared by all instances. */
    @WithName("access.max-failures-per-client")
    @WithDefault("10")
    int accessMaxFailuresPerClient();

    /**
     * Once a dossier's failures are spent, one proof per this interval is still evaluated, from a client with
     * few failures of its own there: a stranger's guesses slow the applicant down but never lock them out.
     */
    @WithName("access.slow-lane-every")
    @WithDefault("PT10M")
    Duration accessSlowLaneEvery();
}
