package vn.motcua.admin.auth;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An officer's login: throttles first (see {@link LoginThrottleStore}), then the password, then a server-side
 * session. The same answer for an unknown name, a wrong password and any lock, so names cannot be probed.
 */
@ApplicationScoped
public class OfficerLogin {
    /** Hashed once so that an unknown username costs as much time as a wrong password. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-real-password");
    private static final int MAX_INPUT = 200;
    private final OfficerRepository officers;
    private final OfficerSessionRepository sessions;
    private final LoginThrottleStore throttles;
    private final AdminSettings config;

    public OfficerLogin(OfficerRepository officers, OfficerSessionRepository sessions, LoginThrottleStore throttles,
                        AdminSettings config) {
        this.officers = officers;
        this.sessions = sessions;
        this.throttles = throttles;
        this.config = config;
    }

    /** A signed-in officer's cookies: the session token and the known-device token. */
    public record Success(String sessionToken, String deviceToken) {
    }

    /** The session and device tokens on success; null when the login is refused, whatever the reason. */
    public Uni<Success> login(String username, String password, String client, String deviceToken) {
        if (blankOrHuge(username) || blankOrHuge(password)) {
            return throttles.reserveClient(client, config.lockout()).replaceWith((Success) null);
        }
        String device = SessionTokens.wellFormed(deviceToken) ? deviceToken : null;
        return officers.findByUsername(username.strip()).flatMap(officer -> {
            if (officer == null) {
                return throttles.reserveClient(client, config.lockout())
                        .flatMap(n -> check(password, DUMMY_HASH)).map(x -> refused(username, "unknown name"));
            }
            Uni<Boolean> knownDevice = device == null ? Uni.createFrom().nullItem()
                    : throttles.reserveDevice(officer.id(), device, config.maxFailedLogins(), config.lockout());
            return knownDevice.flatMap(deviceLocked -> deviceLocked != null
                    ? attempt(officer, password, client, device, deviceLocked)
                    : strangerAttempt(officer, password, client));
        });
    }

    /** From a browser the account does not know: the client's and the account's limits apply. */
    private Uni<Success> strangerAttempt(Officer officer, String password, String client) {
        return throttles.reserveClient(client, config.lockout()).flatMap(attempts -> attempts > config.maxAttemptsPerClient()
                ? Uni.createFrom().item(refused(officer.username(), "too many attempts from " + client))
                : throttles.reserveAccount(officer.id(), config.maxFailedLogins(), config.lockout())
                .flatMap(locked -> attempt(officer, password, client, null, locked)));
    }

    private Uni<Success> attempt(Officer officer, String password, String client, String knownDevice, boolean locked) {
        if (locked || !officer.active()) {
            return Uni.createFrom().item(refused(officer.username(), locked ? "locked" : "inactive"));
        }
        return check(password, officer.passwordHash()).flatMap(matches -> !matches
                ? Uni.createFrom().item(refused(officer.username(), "wrong password"))
                : throttles.clearAccount(officer.id())
                .call(() -> knownDevice == null ? throttles.releaseClient(client) : Uni.createFrom().voidItem())
                .flatMap(x -> throttles.rememberDevice(officer.id(), knownDevice))
                .flatMap(device -> sessions.create(officer.id(), client, config.sessionMaxAge())
                        .map(session -> new Success(session, device))));
    }

    private static Uni<Boolean> check(String password, String hash) {
        return Uni.createFrom().item(() -> PasswordHasher.matches(password, hash))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Success refused(String username, String why) {
        Log.warnf("Failed admin login for '%s' (%s)", username.length() > 64 ? username.substring(0, 64) : username, why);
        return null;
    }

    private static boolean blankOrHuge(String value) {
        return value == null || value.isBlank() || value.length() > MAX_INPUT;
    }
}
