package vn.motcua.qr;

import java.util.Random;
import vn.motcua.qr.ReceiptPhotoGenerator.Spec;

/**
 * Camera and scene parameters of one generated photo. The defaults are a decent hand-held shot
 * (portrait 1200x1600 or landscape with the page sideways, page filling 75-95% of the frame,
 * +-6 degrees, slight softness and sensor noise, JPEG 0.8); each distortion family then
 * pushes one parameter (or several, for COMBINED) to a hard but realistic value.
 */
final class CameraShot {
    int width = 1200;
    int height = 1600;
    double pxPerMm;
    double qrMm;
    double angleDeg;
    double keystone;
    boolean keystoneVertical = true;
    double blurSigma = 0.6;
    double noiseSigma = 3;
    double glare;
    double contrast = 1;
    int mid = 128;
    float quality = 0.8f;
    boolean png;

    static CameraShot forSpec(Spec spec, Random rnd) {
        CameraShot s = new CameraShot();
        s.qrMm = 25 + 5 * rnd.nextDouble();
    boolean landscape = rnd.nextInt(4) == 0;
        if (landscape) {
            s.width = 1600;
            s.height = 1200;
        }
        // The citizen fills the frame with the page; a landscape frame means a sideways page.
        s.pxPerMm = Math.max(s.width, s.height) * (0.75 + 0.2 * rnd.nextDouble()) / ReceiptPage.HEIGHT_MM;
        s.angleDeg = (landscape ? (rnd.nextBoolean() ? 90 : 270) : 0) + (rnd.nextDouble() - 0.5) * 12;
        s.keystoneVertical = rnd.nextBoolean();
        switch (spec.distortion()) {
            case CLEAN -> {
                s.angleDeg = (landscape ? 90 : 0) + (rnd.nextDouble() - 0.5) * 6;
                s.blurSigma = 0;
                s.noiseSigma = 0;
                s.png = spec.index() % 2 == 0;
            }
            case ROTATION -> s.angleDeg = spec.index() * 15 + (rnd.nextDouble() - 0.5) * 4;
            case PERSPECTIVE -> s.keystone = 0.12 + 0.18 * rnd.nextDouble();
            case BLUR -> s.blurSigma = 0.9 + 0.6 * rnd.nextDouble();
            case NOISE -> s.noiseSigma = 10 + 15 * rnd.nextDouble();
            case GLARE -> s.glare = 0.45 + 0.35 * rnd.nextDouble();
            case LOW_CONTRAST -> {
                s.contrast = 0.22 + 0.18 * rnd.nextDouble();
                s.mid = 80 + rnd.nextInt(100);
            }
            case JPEG_Q30 -> s.quality = 0.3f;
            case SMALL -> {
                // What a chat app's "send small" produces: about one megapixel.
                s.width = landscape ? 1200 : 900;
                s.height = landscape ? 900 : 1200;
                s.pxPerMm = 1200 * (0.8 + 0.15 * rnd.nextDouble()) / ReceiptPage.HEIGHT_MM;
            }
            case COMBINED -> {
                s.angleDeg = 360 * rnd.nextDouble();
                s.keystone = 0.05 + 0.13 * rnd.nextDouble();
                s.blurSigma = 0.7 + 0.4 * rnd.nextDouble();
                s.noiseSigma = 5 + 7 * rnd.nextDouble();
                s.quality = 0.6f;
                s.glare = rnd.nextBoolean() ? 0.4 : 0;
            }
            case PHOTO_12MP -> {
                s.width = landscape ? 4000 : 3000;
                s.height = landscape ? 3000 : 4000;
                s.pxPerMm = 4000 * (0.75 + 0.2 * rnd.nextDouble()) / ReceiptPage.HEIGHT_MM;
                s.keystone = 0.1 * rnd.nextDouble();
                s.blurSigma = 1.2;
                s.noiseSigma = 4;
                s.quality = 0.85f;
            }
        }
        return s;
    }
}
