package vn.motcua.receipt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code motcua.qr-decode.*}: decoding receipt photos (the public QR decode and the bot's photos), see
 * {@link FairScheduler}. Owned by this feature, not by {@code config}: the shared configuration knows no feature.
 */
@ConfigMapping(prefix = "motcua.qr-decode")
public interface QrDecodeSettings {
    /** Photos decoded at once on the worker pool (all clients together). */
    @WithDefault("2")
    int concurrency();

    /** Photos of one client decoded at once. */
    @WithName("per-client")
    @WithDefault("1")
    int perClient();

    /** Photos of one client waiting for their turn; one more is refused with 429. */
    @WithName("queue-per-client")
    @WithDefault("2")
    int queuePerClient();

    /** Bytes of photos waiting, all clients together; above it new photos are refused with 503. */
    @WithName("max-queued-bytes")
    @WithDefault("67108864")
    long maxQueuedBytes();
}
