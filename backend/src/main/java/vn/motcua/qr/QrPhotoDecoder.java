package vn.motcua.qr;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes the QR code in a photo of a printed receipt sent by a citizen.
 *
 * <p>The photo is decoded from JPEG/PNG once, subsampled at read time to a working resolution
 * (long side 1600..3199 px), then the attempts of {@link DecodeAttempt#WORKING_PLAN} (scale x
 * variant x binarizer) run until one succeeds or the time budget is spent. If the photo was
 * subsampled, a last round re-reads it at up to twice that resolution for QR codes that are
 * tiny in a large photo.
 *
 * <p>Immutable and thread-safe: every call creates its own ImageIO and ZXing readers. The only
 * exceptions thrown are {@link ImageRejectedException} and {@link NoQrFoundException}.
 */
public final class QrPhotoDecoder {

    public static final long DEFAULT_MAX_BYTES = 15L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMillis(1500);

    /** Working resolution: a 12 MP photo is read at 1/2 (2000 px), a 48 MP one at 1/5 (1600 px). */
    private static final int WORKING_LONG_SIDE = 1600;
    /** Re-read resolution for the detail round: full size for 12 MP, 1/2 or 1/3 for bigger photos. */
    private static final int DETAIL_LONG_SIDE = 2400;

    private final PhotoLoader loader;
    private final long budgetNanos;

    /** Defaults: 15 MiB, 50 megapixels, 1.5 s. */
    public QrPhotoDecoder() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, DEFAULT_TIME_BUDGET);
    }

    /**
     * @param maxBytes   uploads above this many bytes are rejected unread
     * @param maxPixels  images whose header declares more pixels are rejected before any pixel is read
     * @param timeBudget wall-clock budget per photo, reading included; then {@link NoQrFoundException}
     */
    public QrPhotoDecoder(long maxBytes, long maxPixels, Duration timeBudget) {
        if (maxBytes <= 0 || maxPixels <= 0 || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.loader = new PhotoLoader(maxBytes, maxPixels);
        this.budgetNanos = timeBudget.toNanos();
    }

    /**
     * @return the decoded text and how it was found
     * @throws ImageRejectedException the bytes are not a JPEG/PNG this service will read
     * @throws NoQrFoundException     the image is fine but holds no readable QR code (or time ran out)
     */
    public DecodeResult decode(byte[] imageBytes) {
        long start = System.nanoTime();
        long deadline = start + budgetNanos;
        PhotoLoader.Loaded loaded = loader.load(imageBytes, WORKING_LONG_SIDE, deadline);
        AttemptRun run = new AttemptRun(deadline);
        String strategy = run.tryAll(loaded.image(), DecodeAttempt.WORKING_PLAN, "");
        if (strategy == null && loaded.subsampling() > 1 && !run.timedOut) {
            PhotoLoader.Loaded detailed = loader.load(imageBytes, DETAIL_LONG_SIDE, deadline);
            if (detailed.subsampling() < loaded.subsampling()) {
                strategy = run.tryAll(detailed.image(), DecodeAttempt.DETAIL_PLAN, "detail-");
            }
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        if (strategy != null) {
            return new DecodeResult(run.text, strategy, elapsedMillis);
        }
        if (loaded.truncated()) {
            throw new ImageRejectedException(ImageRejectedException.Reason.TRUNCATED,
                    "image data ends early and no QR code was found in the part that arrived");
        }
        throw new NoQrFoundException(run.timedOut
                ? "no QR code found within " + budgetNanos / 1_000_000 + " ms"
                : "no QR code found after " + run.attempts + " attempts", run.timedOut);
    }

    /** State of one decode call: the deadline, what was tried, what was found. */
    private static final class AttemptRun {
        private final long deadline;
        private final Set<String> tried = new HashSet<>();
        String text;
        int attempts;
        boolean timedOut;

        AttemptRun(long deadline) {
            this.deadline = deadline;
        }

        /** Returns the label of the first successful attempt, or null. */
        String tryAll(GrayImage base, List<DecodeAttempt> plan, String labelPrefix) {
            Map<Integer, GrayImage> scaled = new HashMap<>();
            for (DecodeAttempt attempt : plan) {
                if (System.nanoTime() - deadline > 0) {
                    timedOut = true;
                    return null;
                }
                int longSide = Math.min(attempt.longSide(), base.longSide());
                GrayImage image = scaled.computeIfAbsent(longSide, base::scaledToLongSide);
                // A small photo makes several plan entries identical; try each only once.
                String key = image.width() + "x" + image.height() + "/" + attempt.variant() + "/" + attempt.hybrid();
                GrayImage prepared = tried.add(key) ? attempt.prepare(image) : null;
                if (prepared == null) {
                    continue;
                }
                attempts++;
                text = attempt.decode(prepared);
                if (text != null) {
                    return labelPrefix + attempt.label(image);
                }
            }
            return null;
        }
    }
}
