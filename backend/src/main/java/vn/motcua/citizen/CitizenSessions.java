package vn.motcua.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.common.Hashing;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.config.MotCuaConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Our own short-lived session token for a signed-in citizen, sent as {@code Authorization: Bearer ...}:
 * {@code kid.citizenId.expiresEpochSeconds.mac}, where mac is a truncated HMAC with the access-token keys
 * (same keys and rotation as dossier access tokens, another purpose prefix). Stateless: nothing to store.
 */
@ApplicationScoped
public class CitizenSessions {
    private static final int MAC_BYTES = 18;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,20}\\.\\d{1,18}\\.\\d{1,12}\\.[A-Za-z0-9_-]{20,40}");
    private final Map<String, String> keys;
    private final String currentKeyId;
    private final Duration ttl;
    private final Clock clock;

    @Inject
    public CitizenSessions(MotCuaConfig config, CitizenSettings citizen) {
        this(config.accessToken().keys(), config.accessToken().currentKeyId(), citizen.sessionTtl(),
                Clock.systemUTC());
    }

    CitizenSessions(Map<String, String> keys, String currentKeyId, Duration ttl, Clock clock) {
        this.keys = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Session issue(long citizenId) {
        Instant expiresAt = clock.instant().plus(ttl).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String body = currentKeyId + "." + citizenId + "." + expiresAt.getEpochSecond();
        return new Session(body + "." + mac(keys.get(currentKeyId), citizenId, expiresAt.getEpochSecond()), expiresAt);
    }

    /** The citizen id of a valid {@code Authorization} header; a 401 problem otherwise. */
    public long citizenOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("Thiếu phiên đăng nhập (Authorization: Bearer).");
        }
        String token = authorization.substring(7).strip();
        if (!SHAPE.matcher(token).matches()) {
            throw unauthorized("Phiên đăng nhập không hợp lệ.");
        }
        String[] parts = token.split("\\.");
        String key = keys.get(parts[0]);
        long citizenId = Long.parseLong(parts[1]);
        long expires = Long.parseLong(parts[2]);
        if (key == null || !Hashing.constantTimeEquals(mac(key, citizenId, expires), parts[3])) {
            throw unauthorized("Phiên đăng nhập không hợp lệ.");
        }
        if (clock.instant().getEpochSecond() >= expires) {
            throw unauthorized("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
        }
        return citizenId;
    }

    static ProblemException unauthorized(String detail) {
        ProblemException e = ProblemException.unauthorized(detail);
        e.headers().put("WWW-Authenticate", "Bearer");
        return e;
    }

    private static String mac(String key, long citizenId, long expires) {
        byte[] full = Hashing.hmacSha256(key, "citizen-session|" + citizenId + "|" + expires);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
    }

    public record Session(String token, Instant expiresAt) {
    }
}
