package vn.motcua.qr;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic generator of receipt photos (no binary corpus in the repository): a
 * {@link ReceiptPage} projected into a phone-sized frame, then one family of distortions.
 * The same (seed, distortion, index) always gives the same bytes.
 */
final class ReceiptPhotoGenerator {

    enum Distortion {
        CLEAN(6), ROTATION(24), PERSPECTIVE(12), BLUR(12), NOISE(10), GLARE(10), LOW_CONTRAST(10),
        JPEG_Q30(10), SMALL(10), COMBINED(16), PHOTO_12MP(4);

        /** How many samples of this family the standard corpus holds. */
        final int corpusCount;

        Distortion(int corpusCount) {
            this.corpusCount = corpusCount;
        }
    }

    record Spec(Distortion distortion, int index) {
    }

    record Sample(String name, Distortion distortion, String text, byte[] bytes, int width, int height) {
    }

    private final QrEncoder encoder = new QrEncoder();
    private final long seed;

    ReceiptPhotoGenerator(long seed) {
        this.seed = seed;
    }

    static List<Spec> standardCorpus() {
        List<Spec> specs = new ArrayList<>();
        for (Distortion d : Distortion.values()) {
            for (int i = 0; i < d.corpusCount; i++) {
                specs.add(new Spec(d, i));
            }
        }
        return specs;
    }

    /** A ~90-char tra-cuu link like the ones printed on receipts, different per sample. */
    static String receiptUrl(Random rnd) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder("k1.");
        for (int i = 0; i < 22; i++) {
            token.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return String.format("https://dichvucong.lamdong.gov.vn/tra-cuu/000.00.22.H12-%02d%02d%02d-%04d?t=%s",
                1 + rnd.nextInt(28), 1 + rnd.nextInt(12), 20 + rnd.nextInt(6), rnd.nextInt(10000), token);
    }

    Sample generate(Spec spec) {
        Random rnd = new Random(seed * 1_000_003L + spec.distortion().ordinal() * 1000L + spec.index());
        String text = receiptUrl(rnd);
        CameraShot shot = CameraShot.forSpec(spec, rnd);
        ByteMatrix qr = encoder.matrix(text);
        Point2D[] corners = frame(shot, rnd);
        BufferedImage photo = PhotoEffects.tableTop(shot.width, shot.height, rnd);
        if (shot.keystone == 0) {
            drawAffine(photo, corners, qr, shot.qrMm, rnd);
        } else {
            // Rendered a little finer than it appears, so the warp never magnifies.
            BufferedImage page = ReceiptPage.render(qr, shot.pxPerMm * 1.15, shot.qrMm, rnd);
            PhotoEffects.warp(page, corners, photo);
        }
        if (shot.glare > 0) {
            Point2D qrCentre = pageToPhoto(corners, ReceiptPage.qrCentreMm(shot.qrMm));
            double qrPx = shot.qrMm * shot.pxPerMm;
            PhotoEffects.glare(photo, qrCentre.getX() + (rnd.nextDouble() - 0.5) * 0.8 * qrPx,
                    qrCentre.getY() + (rnd.nextDouble() - 0.5) * 0.8 * qrPx,
                    qrPx * (0.5 + 0.5 * rnd.nextDouble()), shot.glare);
        }
        if (shot.contrast < 1) {
            PhotoEffects.lowContrast(photo, shot.contrast, shot.mid);
        }
        if (shot.blurSigma > 0) {
            PhotoEffects.blur(photo, shot.blurSigma);
        }
        if (shot.noiseSigma > 0) {
            PhotoEffects.noise(photo, shot.noiseSigma, rnd);
        }
        byte[] bytes = shot.png ? ImageFiles.write(photo, "png") : ImageFiles.jpeg(photo, shot.quality);
        String name = spec.distortion().name().toLowerCase(Locale.ROOT) + "-" + spec.index();
        return new Sample(name, spec.distortion(), text, bytes, shot.width, shot.height);
    }

    private static void drawAffine(BufferedImage photo, Point2D[] c, ByteMatrix qr, double qrMm, Random rnd) {
        Graphics2D g = photo.createGraphics();
        try {
            g.transform(new AffineTransform(
                    (c[1].getX() - c[0].getX()) / ReceiptPage.WIDTH_MM, (c[1].getY() - c[0].getY()) / ReceiptPage.WIDTH_MM,
                    (c[3].getX() - c[0].getX()) / ReceiptPage.HEIGHT_MM, (c[3].getY() - c[0].getY()) / ReceiptPage.HEIGHT_MM,
                    c[0].getX(), c[0].getY()));
            ReceiptPage.draw(g, qr, qrMm, rnd);
        } finally {
            g.dispose();
        }
    }

    /**
     * Where the page corners (TL, TR, BR, BL) land in the photo. The page centre is near the
     * frame centre; the scale is the shot's, reduced until the whole QR code is in frame.
     */
    private static Point2D[] frame(CameraShot shot, Random rnd) {
        double jitterX = (rnd.nextDouble() - 0.5) * 0.08 * shot.width;
        double jitterY = (rnd.nextDouble() - 0.5) * 0.08 * shot.height;
        while (true) {
            Point2D[] corners = pageCorners(shot, shot.width / 2.0 + jitterX, shot.height / 2.0 + jitterY);
            if (qrInFrame(shot, corners)) {
                return corners;
            }
            shot.pxPerMm *= 0.95;
        }
    }

    private static boolean qrInFrame(CameraShot shot, Point2D[] corners) {
        Point2D centre = ReceiptPage.qrCentreMm(shot.qrMm);
        double half = shot.qrMm / 2 + 3; // plus most of the quiet zone
        for (int i = 0; i < 4; i++) {
            Point2D p = pageToPhoto(corners, new Point2D.Double(
                    centre.getX() + (i % 2 == 0 ? -half : half), centre.getY() + (i < 2 ? -half : half)));
            if (p.getX() < 0 || p.getY() < 0 || p.getX() >= shot.width || p.getY() >= shot.height) {
                return false;
            }
        }
        return true;
    }

    private static Point2D pageToPhoto(Point2D[] corners, Point2D mm) {
        Point2D[] pageMm = {new Point2D.Double(0, 0), new Point2D.Double(ReceiptPage.WIDTH_MM, 0),
            new Point2D.Double(ReceiptPage.WIDTH_MM, ReceiptPage.HEIGHT_MM), new Point2D.Double(0, ReceiptPage.HEIGHT_MM)};
        return Homography.apply(Homography.solve(pageMm, corners), mm);
    }

    /** Page corners rotated, keystoned and scaled around the page centre placed at (cx, cy). */
    private static Point2D[] pageCorners(CameraShot shot, double cx, double cy) {
        double halfW = ReceiptPage.WIDTH_MM / 2;
        double halfH = ReceiptPage.HEIGHT_MM / 2;
        double[][] mm = {{-halfW, -halfH}, {halfW, -halfH}, {halfW, halfH}, {-halfW, halfH}};
        double angle = Math.toRadians(shot.angleDeg);
        Point2D[] corners = new Point2D[4];
        for (int i = 0; i < 4; i++) {
            double x = mm[i][0];
            double y = mm[i][1];
            // Keystone: the far edge of a tilted page looks shorter.
            if (shot.keystoneVertical) {
                x *= 1 - shot.keystone * (0.5 - y / (2 * halfH));
            } else {
                y *= 1 - shot.keystone * (0.5 - x / (2 * halfW));
            }
            double rx = x * Math.cos(angle) - y * Math.sin(angle);
            double ry = x * Math.sin(angle) + y * Math.cos(angle);
            corners[i] = new Point2D.Double(cx + rx * shot.pxPerMm, cy + ry * shot.pxPerMm);
        }
        return corners;
    }
}
