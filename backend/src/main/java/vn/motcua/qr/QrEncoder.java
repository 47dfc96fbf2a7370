package vn.motcua.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Renders the QR code printed on receipts (a tra-cuu link) as SVG or PNG.
 *
 * <p>Error correction is level Q (25% of codewords recoverable): receipts are printed, folded,
 * and photographed with phones under glare, which level M handles noticeably worse, while H
 * would grow a ~90-char URL by another version for little gain. The 4-module quiet zone
 * required by ISO 18004 is always part of the output, so callers must not crop it.
 *
 * <p>Stateless and thread-safe.
 */
public final class QrEncoder {

    public static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.Q;
    public static final int QUIET_ZONE_MODULES = 4;
    public static final int MIN_PNG_SIZE = 64;
    public static final int MAX_PNG_SIZE = 2048;

    /**
     * SVG with a viewBox in modules (quiet zone included): one white background rect and one
     * black path made of horizontal runs of modules. Scale it with CSS; crispEdges stops
     * anti-aliasing seams between adjacent runs.
     *
     * @throws IllegalArgumentException text is null, empty, or too long for a QR code
     */
    public String svg(String text) {
        ByteMatrix matrix = encode(text).getMatrix();
        int n = matrix.getWidth();
        int size = n + 2 * QUIET_ZONE_MODULES;
        StringBuilder path = new StringBuilder(n * n);
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int runStart = x;
                while (x < n && matrix.get(x, y) == 1) {
                    x++;
                }
                int run = x - runStart;
                path.append('M').append(runStart + QUIET_ZONE_MODULES).append(' ')
                        .append(y + QUIET_ZONE_MODULES).append('h').append(run)
                        .append("v1h-").append(run).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + ' ' + size
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * A 1-bit PNG of {@code sizePx} x {@code sizePx}. Modules are a whole number of pixels
     * (no blurry edges), centred; the leftover pixels widen the quiet zone. If even one pixel per
     * module does not fit (only for very long texts), the image grows to one pixel per module.
     *
     * @throws IllegalArgumentException sizePx outside {@value #MIN_PNG_SIZE}..{@value #MAX_PNG_SIZE}
     *                                  (rejected rather than clamped, so a caller's bug is visible),
     *                                  or text is null, empty, or too long for a QR code
     */
    public byte[] png(String text, int sizePx) {
        if (sizePx < MIN_PNG_SIZE || sizePx > MAX_PNG_SIZE) {
            throw new IllegalArgumentException(
                    "size must be " + MIN_PNG_SIZE + ".." + MAX_PNG_SIZE + " px, was " + sizePx);
        }
        ByteMatrix matrix = encode(text).getMatrix();
        int n = matrix.getWidth();
        int modulesWithQuietZone = n + 2 * QUIET_ZONE_MODULES;
        int imageSize = Math.max(sizePx, modulesWithQuietZone);
        int scale = imageSize / modulesWithQuietZone;
        int offset = (imageSize - n * scale) / 2;
        BufferedImage image = new BufferedImage(imageSize, imageSize, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[imageSize];
        for (int py = 0; py < imageSize; py++) {
            int my = Math.floorDiv(py - offset, scale);
            for (int px = 0; px < imageSize; px++) {
                int mx = Math.floorDiv(px - offset, scale);
                boolean dark = mx >= 0 && my >= 0 && mx < n && my < n && matrix.get(mx, my) == 1;
                row[px] = dark ? 0 : 1; // default binary palette: 0 = black, 1 = white
            }
            raster.setPixels(0, py, imageSize, 1, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
        return out.toByteArray();
    }

    /** QR version (1..40) used for this text; the symbol is {@code 17 + 4 * version} modules wide. */
    public int version(String text) {
        return encode(text).getVersion().getVersionNumber();
    }

    /** Symbol width in modules, quiet zone excluded. */
    public int moduleCount(String text) {
        return encode(text).getMatrix().getWidth();
    }

    /** The module matrix without quiet zone (1 = dark); tests draw receipts from it. */
    ByteMatrix matrix(String text) {
        return encode(text).getMatrix();
    }

    private static QRCode encode(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text to encode must not be empty");
        }
        try {
            return Encoder.encode(text, ERROR_CORRECTION, hintsFor(text));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text cannot be encoded as a QR code: " + e.getMessage(), e);
        }
    }

    /**
     * The UTF-8 hint makes ZXing write an ECI header (12 bits) and encode in UTF-8. Pure ASCII
     * (our URLs) reads the same in the default ISO-8859-1, so the header is only added when
     * the text needs it: it can otherwise push a URL into the next, denser version.
     */
    private static Map<EncodeHintType, Object> hintsFor(String text) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
        return ascii ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
}
