package vn.motcua.receipt;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.qr.QrLinkParser;
import vn.motcua.qr.QrPhotoDecoder;
import vn.motcua.qr.ScannedDossier;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads the dossier out of a photo of a receipt, off the event loop on the worker pool, through a
 * {@link FairScheduler}: a few decodes at once, one client's flood never delays another client's photo for more
 * than a decode, and a waiting photo holds no thread. Failures are the decoder's typed exceptions, or
 * {@link FairScheduler.Busy} when too much already waits.
 */
@ApplicationScoped
public class ReceiptPhotoReader {
    private final QrPhotoDecoder decoder;
    private final QrLinkParser parser = new QrLinkParser();
    private final FairScheduler scheduler;

    @Inject
    public ReceiptPhotoReader(QrPhotoDecoder decoder, QrDecodeSettings config) {
        this(decoder, config.concurrency(), config.perClient(), config.queuePerClient(),
                config.maxQueuedBytes());
    }

    ReceiptPhotoReader(QrPhotoDecoder decoder, int concurrency, int perClient, int queuePerClient, long maxQueuedBytes) {
        this.decoder = decoder;
        this.scheduler = new FairScheduler(concurrency, perClient, queuePerClient, maxQueuedBytes,
                QrPhotoDecoder.DEFAULT_TIME_BUDGET.plus(Duration.ofMillis(500)), Infrastructure.getDefaultWorkerPool());
    }

    /** {@code client}: who sent the photo (an address, or the bot's Zalo user), for the turns. */
    public Uni<Optional<ScannedDossier>> read(String client, byte[] image) {
        return scheduler.submit(client, image.length, () -> parser.parse(decoder.decode(image).text()));
    }
}
