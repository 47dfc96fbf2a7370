package vn.motcua.admin.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code motcua.admin.*}: the officers' admin: the first administrator, log-in lock-out and sessions.
 * Owned by this feature, not by {@code config}: the shared configuration knows no feature.
 */
@ConfigMapping(prefix = "motcua.admin")
public interface AdminSettings {
    /** The first administrator, created when no officer exists. */
    @WithName("bootstrap-username")
    Optional<String> bootstrapUsername();

    @WithName("bootstrap-password")
    Optional<String> bootstrapPassword();

    /** The agency of the first administrator (normally the province). */
    @WithName("bootstrap-agency-code")
    @WithDefault("000.00.00.H36")
    String bootstrapAgencyCode();

    @WithName("max-failed-logins")
    @WithDefault("5")
    int maxFailedLogins();

    /** How long an account (or a known browser) stays locked; further failures never extend it. */
    @WithDefault("PT15M")
    Duration lockout();

    /** Login attempts one client address may make per lock-out window (checked before the password). */
    @WithName("max-attempts-per-client")
    @WithDefault("20")
    int maxAttemptsPerClient();

    /** A session ends after this long without a request. */
    @WithName("session-idle-timeout")
    @WithDefault("PT30M")
    Duration sessionIdleTimeout();

    /** A session ends this long after the login, whatever happens. */
    @WithName("session-max-age")
    @WithDefault("PT12H")
    Duration sessionMaxAge();

    /** How long a browser stays "known" to an account after a successful login (see OfficerLogin). */
    @WithName("known-device-days")
    @WithDefault("90")
    int knownDeviceDays();

    /** auto: cookies are Secure when the request came over HTTPS (or a trusted proxy says so); always. */
    @WithName("secure-cookies")
    @WithDefault("auto")
    SecureCookies secureCookies();

    enum SecureCookies {
        AUTO, ALWAYS
    }
}
