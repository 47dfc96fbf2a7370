package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;
import vn.motcua.config.MotCuaConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Source systems authenticate with an API key ({@code X-Api-Key}); keys are stored as SHA-256 hashes.
 * A short cache keeps the database out of every intake call; revocation takes effect within a minute.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {
    private static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final int CACHE_MAX = 10_000;

    private final Pool pool;
    private final Optional<String> bootstrapHash;
    private final String bootstrapSource;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiKeyAuthenticator(Pool pool, MotCuaConfig config) {
        this.pool = pool;
        this.bootstrapHash = config.integration().bootstrapKey().filter(k -> !k.isBlank()).map(Hashing::sha256Hex);
        this.bootstrapSource = config.integration().bootstrapSource();
    }

    /** The source system owning the key, or empty when the key is unknown or revoked. */
    public Uni<Optional<String>> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Uni.createFrom().item(Optional.empty());
        }
        String hash = Hashing.sha256Hex(apiKey.strip());
        if (bootstrapHash.isPresent() && Hashing.constantTimeEquals(bootstrapHash.get(), hash)) {
            return Uni.createFrom().item(Optional.of(bootstrapSource));
        }
        Cached cached = cache.get(hash);
        if (cached != null && cached.until.isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.source);
        }
        return pool.preparedQuery("select source_system from api_key where key_hash = $1 and revoked_at is null")
                .execute(Tuple.of(hash))
                .map(ApiKeyAuthenticator::firstSource)
                .invoke(source -> remember(hash, source));
    }

    private static Optional<String> firstSource(RowSet<Row> rows) {
        Iterator<Row> it = rows.iterator();
        return it.hasNext() ? Optional.of(it.next().getString(0)) : Optional.empty();
    }

    private void remember(String hash, Optional<String> source) {
        if (cache.size() > CACHE_MAX) {
            cache.clear();
        }
        cache.put(hash, new Cached(source, Instant.now().plus(CACHE_TTL)));
    }

    private record Cached(Optional<String> source, Instant until) {
    }
}
