package vn.motcua.qr;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;

/**
 * An 8-bit luminance image, one byte per pixel, row-major. All decode variants (scaled,
 * rotated, enlarged) are derived from it, so a photo is decoded from its file only once.
 */
final class GrayImage {

    private final byte[] pixels;
    private final int width;
    private final int height;

    GrayImage(byte[] pixels, int width, int height) {
        if (width <= 0 || height <= 0 || pixels.length < width * height) {
            throw new IllegalArgumentException("bad gray image " + width + "x" + height);
        }
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int longSide() {
        return Math.max(width, height);
    }

    int pixel(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    /** ZXing accepts a bare luminance plane through the Y-plane source; no copy is made. */
    LuminanceSource luminanceSource() {
        return new PlanarYUVLuminanceSource(pixels, width, height, 0, 0, width, height, false);
    }

    /**
     * Box-filter downscale so the longest side is at most {@code maxLongSide}. Averaging (not
     * nearest-neighbour) matters: it keeps thin module edges and acts as a denoiser for JPEG noise.
     */
    GrayImage scaledToLongSide(int maxLongSide) {
        int longSide = longSide();
        if (longSide <= maxLongSide) {
            return this;
        }
        int newWidth = Math.max(1, (int) ((long) width * maxLongSide / longSide));
        int newHeight = Math.max(1, (int) ((long) height * maxLongSide / longSide));
        int[] xStart = new int[newWidth + 1];
        for (int i = 0; i <= newWidth; i++) {
            xStart[i] = (int) ((long) i * width / newWidth);
        }
        byte[] out = new byte[newWidth * newHeight];
        int[] sums = new int[newWidth];
        for (int dy = 0; dy < newHeight; dy++) {
            int y0 = (int) ((long) dy * height / newHeight);
            int y1 = (int) ((long) (dy + 1) * height / newHeight);
            java.util.Arrays.fill(sums, 0);
            for (int y = y0; y < y1; y++) {
                int row = y * width;
                for (int dx = 0; dx < newWidth; dx++) {
                    int sum = 0;
                    for (int x = xStart[dx]; x < xStart[dx + 1]; x++) {
                        sum += pixels[row + x] & 0xff;
                    }
                    sums[dx] += sum;
                }
            }
            int outRow = dy * newWidth;
            int rows = y1 - y0;
            for (int dx = 0; dx < newWidth; dx++) {
                int count = rows * (xStart[dx + 1] - xStart[dx]);
                out[outRow + dx] = (byte) (sums[dx] / count);
            }
        }
        return new GrayImage(out, newWidth, newHeight);
    }

    /** Quarter turn clockwise: ZXing's row scans find finder patterns more easily in some orientations. */
    GrayImage rotated90() {
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int outX = height - 1 - y;
            for (int x = 0; x < width; x++) {
                out[x * height + outX] = pixels[row + x];
            }
        }
        return new GrayImage(out, height, width);
    }

    /**
     * Eighth turn, bilinear, on a canvas large enough for the whole image (corners mid-gray).
     * ZXing's finder-pattern scan runs along rows and columns and is weakest for codes at
     * about 45 degrees; turning the image puts such a code upright.
     */
    GrayImage rotated45() {
        int side = (int) Math.ceil((width + height) / Math.sqrt(2));
        byte[] out = new byte[side * side];
        int cos = (int) Math.round(Math.sqrt(0.5) * 65536); // equals sin(45)
        // Source position of output pixel (x, y), in 1/65536 px: centre-to-centre rotation.
        long centreX = (long) width << 15;
        long centreY = (long) height << 15;
        for (int y = 0; y < side; y++) {
            long dy = 2L * y + 1 - side;
            for (int x = 0; x < side; x++) {
                long dx = 2L * x + 1 - side;
                long u = ((dx + dy) * cos >> 1) + centreX - 32768;
                long v = ((dy - dx) * cos >> 1) + centreY - 32768;
                int ix = (int) (u >> 16);
                int iy = (int) (v >> 16);
                if (u < 0 || v < 0 || ix >= width - 1 || iy >= height - 1) {
                    out[y * side + x] = (byte) 128;
                    continue;
                }
                int fx = (int) ((u >> 8) & 0xff);
                int fy = (int) ((v >> 8) & 0xff);
                int i = iy * width + ix;
                int top = (pixels[i] & 0xff) * (256 - fx) + (pixels[i + 1] & 0xff) * fx;
                int bottom = (pixels[i + width] & 0xff) * (256 - fx) + (pixels[i + width + 1] & 0xff) * fx;
                out[y * side + x] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
            }
        }
        return new GrayImage(out, side, side);
    }

    /**
     * Nearest-neighbour enlargement by a whole factor, for thumbnails and tiny screenshots where
     * a module is 1-2 px: ZXing's finder scan needs a few pixels per module.
     */
    GrayImage enlarged(int factor) {
        int newWidth = width * factor;
        int newHeight = height * factor;
        byte[] out = new byte[newWidth * newHeight];
        for (int y = 0; y < newHeight; y++) {
            int row = (y / factor) * width;
            for (int x = 0; x < newWidth; x++) {
                out[y * newWidth + x] = pixels[row + x / factor];
            }
        }
        return new GrayImage(out, newWidth, newHeight);
    }

    /**
     * Bilinear 3/2 upscale. With modules under ~3 px the binarizer snaps edges to whole pixels
     * and the sampling grid drifts; interpolating first keeps sub-pixel edge positions.
     */
    GrayImage upscaledThreeHalves() {
        if (width < 2 || height < 2) {
            return this;
        }
        int newWidth = width * 3 / 2;
        int newHeight = height * 3 / 2;
        byte[] out = new byte[newWidth * newHeight];
        for (int y = 0; y < newHeight; y++) {
            // Source coordinate in 1/256 pixel units, centre-aligned.
            int sy = Math.max(0, Math.min((height - 1) * 256, ((2 * y + 1) * 256) / 3 - 128));
            int iy = Math.min(height - 2, sy >> 8);
            int fy = Math.max(0, sy - (iy << 8));
            for (int x = 0; x < newWidth; x++) {
                int sx = Math.max(0, Math.min((width - 1) * 256, ((2 * x + 1) * 256) / 3 - 128));
                int ix = Math.min(width - 2, sx >> 8);
                int fx = Math.max(0, sx - (ix << 8));
                int i = iy * width + ix;
                int top = (pixels[i] & 0xff) * (256 - fx) + (pixels[i + 1] & 0xff) * fx;
                int bottom = (pixels[i + width] & 0xff) * (256 - fx) + (pixels[i + width + 1] & 0xff) * fx;
                out[y * newWidth + x] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
            }
        }
        return new GrayImage(out, newWidth, newHeight);
    }
}
