package vn.motcua.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Source systems authenticate with an API key (see {@link IntegrationAuthFilter}); keys are stored as SHA-256 hashes,
 * each bound to a source system and an agency subtree (null: the whole province), see {@link CallerRules}.
 * A short cache ({@code motcua.integration.api-key-cache-ttl}, 10 s) keeps the database out of every intake
 * call. A revocation made on this instance is {@linkplain #forget forgotten} at once; other instances
 * notice it when their cached entry expires.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {
    private static final int CACHE_MAX = 10_000;

    private final ApiKeyStore keys;
    private final Optional<String> bootstrapHash;
    private final String bootstrapSource;
    private final Duration ttl;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    /** Moves on every {@link #forget}: a lookup that started before it must not put its answer back. */
    private final AtomicLong generation = new AtomicLong();

    public ApiKeyAuthenticator(ApiKeyStore keys, IntegrationSettings config) {
        this.keys = keys;
        this.bootstrapHash = config.bootstrapKey().filter(k -> !k.isBlank()).map(Hashing::sha256Hex);
        this.bootstrapSource = config.bootstrapSource();
        this.ttl = config.apiKeyCacheTtl();
    }

    /** The caller the key stands for, or empty when the key is unknown or revoked. */
    public Uni<Optional<IntakeCaller>> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Uni.createFrom().item(Optional.empty());
        }
        String hash = Hashing.sha256Hex(apiKey.strip());
        if (bootstrapHash.isPresent() && Hashing.constantTimeEquals(bootstrapHash.get(), hash)) {
            // the key from configuration is bound to its configured source and the root agency (the whole province)
            return Uni.createFrom().item(Optional.of(IntakeCaller.external(bootstrapSource, null)));
        }
        Cached cached = cache.get(hash);
        if (cached != null && cached.until.isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.source);
        }
        long startedAt = generation.get();
        return keys.activeCaller(hash)
                .invoke(source -> remember(hash, source, startedAt));
    }

    /** Drops what this instance remembers of a key (by its SHA-256 hash): the next call asks the database. */
    public void forget(String keyHash) {
        generation.incrementAndGet();
        cache.remove(keyHash);
    }

    private void remember(String hash, Optional<IntakeCaller> source, long startedAt) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        if (cache.size() > CACHE_MAX) {
            cache.clear();
        }
        cache.put(hash, new Cached(source, Instant.now().plus(ttl)));
        if (generation.get() != startedAt) {
            // a key was forgotten while this lookup ran: its answer may predate the revocation
            cache.remove(hash);
        }
    }

    private record Cached(Optional<IntakeCaller> source, Instant until) {
    }
}
