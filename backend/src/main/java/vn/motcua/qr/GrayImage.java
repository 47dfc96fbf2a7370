package vn.motcua.qr;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;

/**
 * An 8-bit luminance image, one byte per pixel, row-major. All decode variants (scaled,
 * rotated, contrast-stretched) are derived from it, so a photo is decoded from its file only once.
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
     * 3x3 box blur. Sensor noise at full resolution breaks the finder-pattern run-length
     * scan; a light blur removes it without merging modules of 3+ px.
     */
    GrayImage smoothed() {
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int y0 = Math.max(0, y - 1);
            int y1 = Math.min(height - 1, y + 1);
            for (int x = 0; x < width; x++) {
                int x0 = Math.max(0, x - 1);
                int x1 = Math.min(width - 1, x + 1);
                int sum = 0;
                for (int yy = y0; yy <= y1; yy++) {
                    for (int xx = x0; xx <= x1; xx++) {
                        sum += pixels[yy * width + xx] & 0xff;
                    }
                }
                out[y * width + x] = (byte) (sum / ((y1 - y0 + 1) * (x1 - x0 + 1)));
            }
        }
        return new GrayImage(out, width, height);
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
