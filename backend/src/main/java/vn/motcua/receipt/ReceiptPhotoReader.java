package vn.motcua.receipt;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.qr.QrLinkParser;
import vn.motcua.qr.QrPhotoDecoder;
import vn.motcua.qr.ScannedDossier;

import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Reads the dossier out of a photo of a receipt, off the event loop, with at most two decodes at once so a
 * burst of photos cannot take the CPU and memory from lookups. Failures are the decoder's typed exceptions.
 */
@ApplicationScoped
public class ReceiptPhotoReader {
    private final QrPhotoDecoder decoder;
    private final QrLinkParser parser = new QrLinkParser();
    private final Semaphore slots = new Semaphore(2);

    public ReceiptPhotoReader(QrPhotoDecoder decoder) {
        this.decoder = decoder;
    }

    public Uni<Optional<ScannedDossier>> read(byte[] image) {
        return Uni.createFrom().item(() -> {
            slots.acquireUninterruptibly();
            try {
                return parser.parse(decoder.decode(image).text());
            } finally {
                slots.release();
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
