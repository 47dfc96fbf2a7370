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
     * Stretches the 1st..99th percentile range to 0..255. Helps the global binarizer with
     * washed-out or dark photos; the hybrid binarizer is local and mostly does not need it.
     */
    GrayImage contrastStretched() {
        int[] histogram = new int[256];
        int count = width * height;
        for (int i = 0; i < count; i++) {
            histogram[pixels[i] & 0xff]++;
        }
        int low = percentile(histogram, count / 100);
        int high = percentile(histogram, count - 1 - count / 100);
        if (high - low < 2) {
            return this;
        }
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            int stretched = (v - low) * 255 / (high - low);
            lut[v] = (byte) Math.max(0, Math.min(255, stretched));
        }
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = lut[pixels[i] & 0xff];
        }
        return new GrayImage(out, width, height);
    }

    private static int percentile(int[] histogram, int rank) {
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen > rank) {
                return v;
            }
        }
        return 255;
    }
}
