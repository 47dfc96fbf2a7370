package vn.motcua.citizen;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.common.Hashing;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloGraphClient;
import vn.motcua.zalo.outbound.ZaloGraphClient.ZaloProfile;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a Mini App user token with graph.zalo.me and remembers good ones for a few minutes (bounded), so a
 * citizen signing in again does not cost a call to Zalo. Refusals are not remembered. Tokens are kept hashed.
 */
@ApplicationScoped
public class ZaloTokenVerifier {
    private final ZaloGraphClient graph;
    private final long ttlMillis;
    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    public ZaloTokenVerifier(ZaloGraphClient graph, CitizenSettings config) {
        this(graph, config.zaloTokenCacheTtl(), config.zaloTokenCacheSize(), Clock.systemUTC());
    }

    ZaloTokenVerifier(ZaloGraphClient graph, Duration ttl, int maxEntries, Clock clock) {
        this.graph = graph;
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = Math.max(1, maxEntries);
        this.clock = clock;
    }

    /** The profile behind the token; a 401 problem when Zalo refuses it, 503 when Zalo cannot be reached. */
    public Uni<ZaloProfile> verify(String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 2048 || !headerSafe(accessToken.strip())) {
            return Uni.createFrom().failure(CitizenSessions.unauthorized("Thiếu hoặc sai mã truy cập Zalo (accessToken)."));
        }
        String key = Hashing.sha256Hex(accessToken.strip());
        long now = clock.millis();
        Cached hit = cache.get(key);
        if (hit != null && hit.expiresAt > now) {
            return Uni.createFrom().item(hit.profile);
        }
        return graph.me(accessToken.strip())
                .invoke(profile -> remember(key, profile, now))
                .onFailure(ZaloApiException.class).transform(e -> classify((ZaloApiException) e));
    }

    /** Forgets every verified token (tests; an operator could also call it after a leak). */
    void clear() {
        cache.clear();
    }

    private void remember(String key, ZaloProfile profile, long now) {
        if (cache.size() >= maxEntries) {
            cache.values().removeIf(c -> c.expiresAt <= now);
            if (cache.size() >= maxEntries) {
                cache.clear(); // a flood of distinct tokens must not grow memory without bound
            }
        }
        cache.put(key, new Cached(profile, now + ttlMillis));
    }

    /** Zalo unreachable: 503, try later; Zalo refused the token: 401, sign in again in Zalo. */
    static ProblemException classify(ZaloApiException e) {
        if (e.code() == 0) {
            Log.warnf("Zalo graph unavailable: %s", e.getMessage());
            ProblemException problem = new ProblemException(503, "zalo-unavailable", "Zalo tạm thời không phản hồi",
                    "Không kết nối được với Zalo. Vui lòng thử lại sau ít phút.");
            problem.headers().put("Retry-After", "30");
            return problem;
        }
        Log.infof("Zalo refused a Mini App user token: %s", e.getMessage());
        return CitizenSessions.unauthorized("Mã truy cập Zalo không hợp lệ hoặc đã hết hạn. Vui lòng mở lại ứng dụng.");
    }

    private record Cached(ZaloProfile profile, long expiresAt) {
    }

    /**
     * Zalo's tokens are printable ASCII; anything else cannot be one, and it would not even fit in the header of the
     * call to graph.zalo.me (Vert.x refuses control characters there, which answered 500).
     */
    static boolean headerSafe(String token) {
        return token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
