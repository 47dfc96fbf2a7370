package vn.motcua.zalo.bot;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloGateway;

import java.time.Duration;

/**
 * Downloads a citizen's photo from Zalo's media hosts: allowed hosts only, no redirects (a redirect could lead
 * anywhere), at most {@code zalo.attachment-max-bytes} and {@code zalo.attachment-timeout}.
 */
@ApplicationScoped
public class AttachmentFetcher {
    private final ZaloGateway gateway;
    private final boolean sandbox;
    private final int maxBytes;
    private final Duration timeout;
    private volatile AttachmentPolicy policy;

    public AttachmentFetcher(ZaloGateway gateway, ZaloSettings settings) {
        this.gateway = gateway;
        this.sandbox = settings.sandbox();
        this.maxBytes = settings.config().attachmentMaxBytes();
        this.timeout = settings.config().attachmentTimeout();
        this.policy = new AttachmentPolicy(settings.config().attachmentHosts());
    }

    /** In sandbox mode the simulator serves its uploads from this application; only then is it allowed. */
    public void allowOwnOrigin(String origin) {
        if (sandbox) {
            policy = policy.withOrigin(origin);
        }
    }

    public Uni<byte[]> fetch(String url) {
        var refusal = policy.refusal(url);
        if (refusal.isPresent()) {
            Log.warnf("Attachment refused: %s", refusal.get());
            return Uni.createFrom().failure(new AttachmentException(refusal.get()));
        }
        // every failure, Zalo's media host refusing or not answering, is the same to the bot: no photo to read
        return gateway.download(url, maxBytes, timeout)
                .onFailure().transform(e -> new AttachmentException("attachment download failed: " + e.getMessage()));
    }
}
