package vn.motcua.zalo.bot;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.ZaloSettings;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

/**
 * Downloads a citizen's photo from Zalo's media hosts: allowed hosts only, no redirects (a redirect could lead
 * anywhere), at most {@code zalo.attachment-max-bytes} and {@code zalo.attachment-timeout}.
 */
@ApplicationScoped
public class AttachmentFetcher {
    private final HttpClient client;
    private final boolean sandbox;
    private final int maxBytes;
    private final Duration timeout;
    private volatile AttachmentPolicy policy;

    public AttachmentFetcher(Vertx vertx, ZaloSettings settings) {
        this.sandbox = settings.sandbox();
        this.maxBytes = settings.config().attachmentMaxBytes();
        this.timeout = settings.config().attachmentTimeout();
        this.policy = new AttachmentPolicy(settings.config().attachmentHosts());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setMaxRedirects(0));
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
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url.strip())
                .setFollowRedirects(false).setIdleTimeout(timeout.toMillis());
        return client.request(options)
                .flatMap(request -> request.send())
                .flatMap(response -> {
                    if (response.statusCode() != 200) {
                        throw new AttachmentException("HTTP " + response.statusCode() + " for the attachment");
                    }
                    String length = response.getHeader("Content-Length");
                    if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBytes) {
                        throw new AttachmentException("attachment of " + length + " bytes is too large");
                    }
                    return response.toMulti().collect().in(ByteArrayOutputStream::new, (out, buffer) -> {
                        if (out.size() + buffer.length() > maxBytes) {
                            throw new AttachmentException("attachment larger than " + maxBytes + " bytes");
                        }
                        out.writeBytes(buffer.getBytes());
                    }).map(ByteArrayOutputStream::toByteArray);
                })
                .ifNoItem().after(timeout).failWith(() -> new AttachmentException("attachment download timed out"))
                .onFailure(e -> !(e instanceof AttachmentException))
                .transform(e -> new AttachmentException("attachment download failed: " + e.getMessage()));
    }
}
