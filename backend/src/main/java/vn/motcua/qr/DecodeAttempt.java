package vn.motcua.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One ZXing try on a photo: the long side to downscale to, an image variant, and the binarizer
 * (hybrid = local thresholds, robust to glare and shadows; global = one histogram threshold,
 * better on very flat low-contrast images).
 */
record DecodeAttempt(int longSide, Variant variant, boolean hybrid) {

    enum Variant { PLAIN, ROTATED_90, ROTATED_45, UPSCALED, INVERTED, ENLARGED }

    /** Long side marker meaning "the image as read, not downscaled". */
    static final int AS_READ = Integer.MAX_VALUE;

    /** Below this long side an image is a thumbnail or a bare QR; it gets an enlarged try. */
    static final int TINY_LONG_SIDE = 400;

    /**
     * Greedy set-cover order over 462 generated receipt photos (docs/performance.md, "How the attempt order was chosen"):
     * 1600 px hybrid alone decodes ~87%; each later entry is the one that rescued most of what
     * was left. ZXing's finder search is sensitive to pixel phase and angle, so a change of
     * scale or orientation often succeeds where the previous try failed. Tries cost 5-40 ms
     * each; the whole list stays well inside the default budget.
     */
    static final List<DecodeAttempt> WORKING_PLAN = List.of(
            new DecodeAttempt(1600, Variant.PLAIN, true),
            new DecodeAttempt(1600, Variant.ROTATED_45, true),
            new DecodeAttempt(1200, Variant.UPSCALED, true),
            new DecodeAttempt(1200, Variant.ROTATED_90, false),
            new DecodeAttempt(1200, Variant.ROTATED_90, true),
            new DecodeAttempt(1400, Variant.PLAIN, true),
            new DecodeAttempt(1200, Variant.PLAIN, true),
            new DecodeAttempt(1600, Variant.ROTATED_90, true),
            new DecodeAttempt(1000, Variant.PLAIN, true),
            new DecodeAttempt(AS_READ, Variant.PLAIN, true),
            new DecodeAttempt(800, Variant.PLAIN, true),
            new DecodeAttempt(1600, Variant.PLAIN, false),
            new DecodeAttempt(1000, Variant.INVERTED, true),
            new DecodeAttempt(AS_READ, Variant.ENLARGED, true));

    /** For photos read subsampled: the same QR at up to twice the working resolution. */
    static final List<DecodeAttempt> DETAIL_PLAN = List.of(
            new DecodeAttempt(AS_READ, Variant.PLAIN, true),
            new DecodeAttempt(AS_READ, Variant.PLAIN, false));

    private static final Map<DecodeHintType, Object> HINTS = hints();

    /** The image this attempt decodes, derived from the downscaled one; null when the variant does not apply. */
    GrayImage prepare(GrayImage scaled) {
        return switch (variant) {
            case ENLARGED -> scaled.longSide() < TINY_LONG_SIDE
                    ? scaled.enlarged(Math.min(8, 2 * TINY_LONG_SIDE / scaled.longSide())) : null;
            case ROTATED_90 -> scaled.rotated90();
            case ROTATED_45 -> scaled.rotated45();
            case UPSCALED -> scaled.upscaledThreeHalves();
            case PLAIN, INVERTED -> scaled;
        };
    }

    /** The decoded text, or null when ZXing finds no (valid) QR code. */
    String decode(GrayImage prepared) {
        LuminanceSource source = prepared.luminanceSource();
        if (variant == Variant.INVERTED) {
            source = source.invert(); // light-on-dark codes, e.g. dark-mode screenshots
        }
        BinaryBitmap bitmap = new BinaryBitmap(hybrid ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
        try {
            return new QRCodeReader().decode(bitmap, HINTS).getText();
        } catch (ReaderException e) {
            return null;
        } catch (RuntimeException e) {
            // ZXing's detector has had index bugs on degenerate geometry; treat as "not here".
            return null;
        }
    }

    /** For logs and the benchmark, e.g. {@code 1600px/hybrid/rotated_45}; sizes are actual pixels. */
    String label(GrayImage scaled) {
        String name = scaled.longSide() + "px/" + (hybrid ? "hybrid" : "global");
        return variant == Variant.PLAIN ? name : name + "/" + variant.name().toLowerCase(Locale.ROOT);
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        return Collections.unmodifiableMap(hints);
    }
}
