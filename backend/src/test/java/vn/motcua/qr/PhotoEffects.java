package vn.motcua.qr;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Random;

/** What a phone camera does to a paper receipt, as pure functions on TYPE_INT_RGB images. */
final class PhotoEffects {

    private PhotoEffects() {
    }

    /** A table top: a vertical gradient of a random wood/cloth colour, what surrounds the page. */
    static BufferedImage tableTop(int width, int height, Random rnd) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = pixels(photo);
        int r = 90 + rnd.nextInt(80);
        int g = 70 + rnd.nextInt(60);
        int b = 50 + rnd.nextInt(50);
        for (int y = 0; y < height; y++) {
            int shade = y * 40 / height;
            Arrays.fill(out, y * width, (y + 1) * width,
                    (clamp(r - shade) << 16) | (clamp(g - shade) << 8) | clamp(b - shade));
        }
        return photo;
    }

    /**
     * Projects {@code page} onto {@code photo} so that its corners land on {@code corners}
     * (TL, TR, BR, BL, photo pixels): a true projective warp with bilinear sampling, used for
     * perspective shots (Java2D can only draw affine transforms).
     */
    static void warp(BufferedImage page, Point2D[] corners, BufferedImage photo) {
        double pw = page.getWidth();
        double ph = page.getHeight();
        Point2D[] pageCorners = {
            new Point2D.Double(0, 0), new Point2D.Double(pw, 0),
            new Point2D.Double(pw, ph), new Point2D.Double(0, ph)};
        double[] h = Homography.solve(corners, pageCorners);
        int[] src = pixels(page);
        int srcW = page.getWidth();
        int srcH = page.getHeight();
        int width = photo.getWidth();
        int height = photo.getHeight();
        int[] out = pixels(photo);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double w = h[6] * x + h[7] * y + 1;
                double u = (h[0] * x + h[1] * y + h[2]) / w - 0.5;
                double v = (h[3] * x + h[4] * y + h[5]) / w - 0.5;
                if (u < 0 || v < 0 || u >= srcW - 1 || v >= srcH - 1) {
                    continue;
                }
                int ix = (int) u;
                int iy = (int) v;
                int i = iy * srcW + ix;
                out[y * width + x] = bilinear(src[i], src[i + 1], src[i + srcW], src[i + srcW + 1], u - ix, v - iy);
            }
        }
    }

    private static int bilinear(int p00, int p10, int p01, int p11, double fx, double fy) {
        int result = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((p00 >> shift) & 0xff) * (1 - fx) + ((p10 >> shift) & 0xff) * fx;
            double bottom = ((p01 >> shift) & 0xff) * (1 - fx) + ((p11 >> shift) & 0xff) * fx;
            result |= clamp((int) (top * (1 - fy) + bottom * fy + 0.5)) << shift;
        }
        return result;
    }

    /** Separable Gaussian blur (defocus, hand shake), fixed-point, in place. */
    static void blur(BufferedImage image, double sigma) {
        int radius = Math.max(1, (int) Math.ceil(sigma * 2.5));
        int[] weights = new int[2 * radius + 1];
        double[] raw = new double[weights.length];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            raw[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += raw[i + radius];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (int) Math.round(raw[i] / sum * 4096);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] px = pixels(image);
        int[] transposed = new int[px.length];
        blurRowsTransposed(px, transposed, width, height, weights);
        blurRowsTransposed(transposed, px, height, width, weights);
    }

    /**
     * Blurs each row and writes it as a column of {@code dst}: two calls make a 2-D blur
     * while always reading memory sequentially.
     */
    private static void blurRowsTransposed(int[] src, int[] dst, int width, int height, int[] weights) {
        int radius = weights.length / 2;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int k = -radius; k <= radius; k++) {
                    int p = src[row + Math.min(width - 1, Math.max(0, x + k))];
                    int w = weights[k + radius];
                    r += ((p >> 16) & 0xff) * w;
                    g += ((p >> 8) & 0xff) * w;
                    b += (p & 0xff) * w;
                }
                dst[x * height + y] = (clamp(r >> 12) << 16) | (clamp(g >> 12) << 8) | clamp(b >> 12);
            }
        }
    }

    /**
     * Per-pixel per-channel Gaussian sensor noise. Draws from a precomputed table with an
     * xorshift generator: java.util.Random.nextGaussian would dominate the corpus build time.
     */
    static void noise(BufferedImage image, double sigma, Random rnd) {
        int[] table = new int[4096];
        for (int i = 0; i < table.length; i++) {
            table[i] = (int) Math.round(rnd.nextGaussian() * sigma);
        }
        long state = rnd.nextLong() | 1;
        int[] px = pixels(image);
        for (int i = 0; i < px.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int p = px[i];
            int r = clamp(((p >> 16) & 0xff) + table[(int) (state & 4095)]);
            int g = clamp(((p >> 8) & 0xff) + table[(int) ((state >>> 12) & 4095)]);
            int b = clamp((p & 0xff) + table[(int) ((state >>> 24) & 4095)]);
            px[i] = (r << 16) | (g << 8) | b;
        }
    }

    /** A lamp's reflection on glossy paper: blends towards white, strongest at the centre. */
    static void glare(BufferedImage image, double cx, double cy, double radius, double strength) {
        int[] px = pixels(image);
        int width = image.getWidth();
        int x0 = Math.max(0, (int) (cx - radius));
        int x1 = Math.min(width - 1, (int) (cx + radius));
        int y0 = Math.max(0, (int) (cy - radius));
        int y1 = Math.min(image.getHeight() - 1, (int) (cy + radius));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double d = Math.hypot(x - cx, y - cy) / radius;
                if (d >= 1) {
                    continue;
                }
                double a = strength * (1 - d * d);
                int p = px[y * width + x];
                int r = (int) (((p >> 16) & 0xff) * (1 - a) + 255 * a);
                int g = (int) (((p >> 8) & 0xff) * (1 - a) + 255 * a);
                int b = (int) ((p & 0xff) * (1 - a) + 255 * a);
                px[y * width + x] = (r << 16) | (g << 8) | b;
            }
        }
    }

    /** Dim, flat light: squeezes all levels into {@code contrast} of the range around {@code mid}. */
    static void lowContrast(BufferedImage image, double contrast, int mid) {
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = clamp((int) (mid + (v - 128) * contrast));
        }
        int[] px = pixels(image);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            px[i] = (lut[(p >> 16) & 0xff] << 16) | (lut[(p >> 8) & 0xff] << 8) | lut[p & 0xff];
        }
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }
}
