package vn.motcua.citizen;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/**
 * {@code motcua.citizen.*}: citizens signed in from the Mini App (with their Zalo account).
 * Owned by this feature, not by {@code config}: the shared configuration knows no feature.
 */
@ConfigMapping(prefix = "motcua.citizen")
public interface CitizenSettings {
    /** How long our session token lives; the Mini App signs in again with a fresh Zalo token after. */
    @WithName("session-ttl")
    @WithDefault("PT12H")
    Duration sessionTtl();

    /** How long a Zalo user token verified with graph.zalo.me is trusted without asking Zalo again. */
    @WithName("zalo-token-cache-ttl")
    @WithDefault("PT10M")
    Duration zaloTokenCacheTtl();

    /** Most verified Zalo tokens remembered at once (per instance). */
    @WithName("zalo-token-cache-size")
    @WithDefault("10000")
    int zaloTokenCacheSize();
}
