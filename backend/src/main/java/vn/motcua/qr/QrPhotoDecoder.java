package vn.motcua.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decodes the QR code in a photo of a printed receipt sent by a citizen.
 *
 * <p>The photo is decoded from JPEG/PNG once, subsampled to a working resolution, then a fixed
 * list of cheap-to-expensive attempts (scale x binarizer x variant) runs until one succeeds or
 * the time budget is spent. A last attempt re-reads the photo at (near) full resolution for QR
 * codes that are tiny in a large photo.
 *
 * <p>Immutable and thread-safe: every call creates its own ImageIO reader and ZXing reader.
 * All failures are {@link ImageRejectedException} or {@link NoQrFoundException}.
 */
public final class QrPhotoDecoder {

    public static final long DEFAULT_MAX_BYTES = 15L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMillis(1500);

    /** Working resolution: a 12 MP photo is read at 1/2 (2000 px), a 48 MP one at 1/5. */
    private static final int WORKING_LONG_SIDE = 1600;
    /** Re-read resolution for the last attempt: full size for 12 MP, bounded for bigger photos. */
    private static final int DETAIL_LONG_SIDE = 2400;

    private static final Map<DecodeHintType, Object> HINTS = hints();

    private final PhotoLoader loader;
    private final long budgetNanos;

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
     * @throws NoQrFoundException     the image is fine but holds no readable QR code
     */
    public DecodeResult decode(byte[] imageBytes) {
        long start = System.nanoTime();
        long deadline = start + budgetNanos;
        PhotoLoader.Loaded loaded = loader.load(imageBytes, WORKING_LONG_SIDE, deadline);
        AttemptRun run = new AttemptRun(deadline);
        String strategy = run.tryAll(loaded.image(), Attempt.WORKING_PLAN, "");
        if (strategy == null && loaded.subsampling() > 1 && !run.timedOut) {
            PhotoLoader.Loaded detailed = loader.load(imageBytes, DETAIL_LONG_SIDE, deadline);
            if (detailed.subsampling() < loaded.subsampling()) {
                strategy = run.tryAll(detailed.image(), Attempt.DETAIL_PLAN, "detail-");
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

    /** One decode try: downscale target, image variant and binarizer. */
    private record Attempt(int longSide, Variant variant, boolean hybrid) {

        enum Variant { PLAIN, ROTATED_90, ROTATED_45, UPSCALED, INVERTED }

        /** Long side marker meaning "the image as read, not downscaled". */
        static final int AS_READ = Integer.MAX_VALUE;

        /**
         * Greedy set-cover order over 462 generated receipt photos (docs/performance-qr.md):
         * 1600 px hybrid alone decodes ~87%; each later entry is the one that rescued most of
         * what was left. ZXing's finder search is sensitive to pixel phase and angle, so a change
         * of scale or orientation often succeeds where the previous try failed. Tries cost
         * 5-40 ms each; the whole list stays well inside the default budget.
         */
        static final List<Attempt> WORKING_PLAN = List.of(
                new Attempt(1600, Variant.PLAIN, true),
                new Attempt(1600, Variant.ROTATED_45, true),
                new Attempt(1200, Variant.UPSCALED, true),
                new Attempt(1200, Variant.ROTATED_90, false),
                new Attempt(1200, Variant.ROTATED_90, true),
                new Attempt(1400, Variant.PLAIN, true),
                new Attempt(1200, Variant.PLAIN, true),
                new Attempt(1600, Variant.ROTATED_90, true),
                new Attempt(1000, Variant.PLAIN, true),
                new Attempt(AS_READ, Variant.PLAIN, true),
                new Attempt(800, Variant.PLAIN, true),
                new Attempt(1600, Variant.PLAIN, false),
                new Attempt(1000, Variant.INVERTED, true));

        /** For photos read subsampled: the same QR at up to twice the working resolution. */
        static final List<Attempt> DETAIL_PLAN = List.of(
                new Attempt(AS_READ, Variant.PLAIN, true),
                new Attempt(AS_READ, Variant.PLAIN, false));

        String label(GrayImage image) {
            String name = image.longSide() + "px/" + (hybrid ? "hybrid" : "global");
            return variant == Variant.PLAIN ? name : name + "/" + variant.name().toLowerCase(Locale.ROOT);
        }
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
        String tryAll(GrayImage base, List<Attempt> plan, String labelPrefix) {
            Map<Integer, GrayImage> scaled = new java.util.HashMap<>();
            for (Attempt attempt : plan) {
                if (System.nanoTime() - deadline > 0) {
                    timedOut = true;
                    return null;
                }
                int longSide = Math.min(attempt.longSide(), base.longSide());
                GrayImage image = scaled.computeIfAbsent(longSide, base::scaledToLongSide);
                // A small photo makes several plan entries identical; try each only once.
                String key = image.width() + "x" + image.height() + "/" + attempt.variant() + "/" + attempt.hybrid();
                if (!tried.add(key)) {
                    continue;
                }
                attempts++;
                text = decodeOnce(variant(image, attempt.variant()), attempt);
                if (text != null) {
                    return labelPrefix + attempt.label(image);
                }
            }
            return null;
        }

        private static GrayImage variant(GrayImage image, Attempt.Variant variant) {
            return switch (variant) {
                case ROTATED_90 -> image.rotated90();
                case ROTATED_45 -> image.rotated45();
                case UPSCALED -> image.upscaledThreeHalves();
                case PLAIN, INVERTED -> image;
            };
        }

        private static String decodeOnce(GrayImage image, Attempt attempt) {
            LuminanceSource source = image.luminanceSource();
            if (attempt.variant() == Attempt.Variant.INVERTED) {
                source = source.invert();
            }
            BinaryBitmap bitmap = new BinaryBitmap(attempt.hybrid()
                    ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
            try {
                Result result = new QRCodeReader().decode(bitmap, HINTS);
                return result.getText();
            } catch (ReaderException e) {
                return null;
            } catch (RuntimeException e) {
                // ZXing's detector has had index bugs on degenerate geometry; treat as "not here".
                return null;
            }
        }
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        return java.util.Collections.unmodifiableMap(hints);
    }
}
