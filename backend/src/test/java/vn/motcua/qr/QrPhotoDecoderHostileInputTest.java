package vn.motcua.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.qr.ImageRejectedException.Reason;

class QrPhotoDecoderHostileInputTest {

    private static final String URL = QrEncoderTest.TYPICAL_URL;

    private final QrPhotoDecoder decoder = new QrPhotoDecoder();

    @Test
    void emptyAndNullAreNotImages() {
        assertRejected(new byte[0], Reason.NOT_AN_IMAGE);
        assertRejected(null, Reason.NOT_AN_IMAGE);
        assertRejected(new byte[] {(byte) 0xff, (byte) 0xd8}, Reason.NOT_AN_IMAGE);
    }

    @Test
    void textIsNotAnImage() {
        assertRejected("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_IMAGE);
        assertRejected(URL.getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_IMAGE);
    }

    @Test
    void otherImageFormatsAreUnsupported() {
        byte[] gif = ImageFiles.write(HostileImages.smallQr(URL), "gif");
        byte[] bmp = ImageFiles.write(HostileImages.smallQr(URL), "bmp");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0};

        for (byte[] image : List.of(gif, bmp, webp, heic, tiff)) {
            assertRejected(image, Reason.UNSUPPORTED_FORMAT);
        }
    }

    @Test
    void pngBombHeaderIsRefusedBeforeReadingPixels() {
        byte[] bomb = HostileImages.pngBomb(100_000, 100_000, 1);

        assertThat(bomb.length).isLessThan(2_000);
        assertRejected(bomb, Reason.TOO_MANY_PIXELS);
    }

    @Test
    void absurdAspectRatioIsRefused() {
        assertRejected(HostileImages.pngBomb(PhotoLoader.MAX_SIDE + 1, 1, 1), Reason.TOO_MANY_PIXELS);
    }

    @Test
    void bombUnderThePixelLimitIsCutOffByTheTimeBudget() {
        // 7000 x 7000 black pixels: 147 MB of RGB from a ~150 KB file, allowed by a 50 MP limit.
        byte[] bomb = HostileImages.pngBomb(7000, 7000, 7000);
        QrPhotoDecoder impatient = new QrPhotoDecoder(
                QrPhotoDecoder.DEFAULT_MAX_BYTES, QrPhotoDecoder.DEFAULT_MAX_PIXELS, Duration.ofMillis(200));

        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.decode(bomb)).isInstanceOf(NoQrFoundException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void limitsAreConfigurable() {
        byte[] photo = ImageFiles.write(HostileImages.blankPaper(1200, 900), "jpeg");

        assertRejected(new QrPhotoDecoder(1_000, 50_000_000, Duration.ofSeconds(1)), photo, Reason.TOO_LARGE_BYTES);
        assertRejected(new QrPhotoDecoder(15_000_000, 1_000_000, Duration.ofSeconds(1)), photo, Reason.TOO_MANY_PIXELS);
        byte[] huge = Arrays.copyOf(photo, (int) QrPhotoDecoder.DEFAULT_MAX_BYTES + 1);
        assertRejected(huge, Reason.TOO_LARGE_BYTES);
    }

    @Test
    void truncatedJpegIsRejectedAsTruncated() {
        byte[] photo = ImageFiles.write(HostileImages.smallQr(URL), "jpeg");

        assertRejected(Arrays.copyOf(photo, 700), Reason.TRUNCATED);
        assertRejected(Arrays.copyOf(photo, photo.length / 3), Reason.TRUNCATED);
    }

    @Test
    void truncatedPngIsRejected() {
        byte[] png = new QrEncoder().png(URL, 600);

        assertRejected(Arrays.copyOf(png, png.length / 2), Reason.TRUNCATED);
    }

    @Test
    void validImageWithoutQrIsNoQrFound() {
        byte[] photo = ImageFiles.write(HostileImages.blankPaper(1600, 1200), "jpeg");

        assertThatThrownBy(() -> decoder.decode(photo))
                .isInstanceOfSatisfying(NoQrFoundException.class, e -> assertThat(e.timedOut()).isFalse());
    }

    @Test
    void timeBudgetIsEnforced() {
        byte[] photo = ImageFiles.write(HostileImages.blankPaper(1600, 1200), "jpeg");
        QrPhotoDecoder hasty = new QrPhotoDecoder(15_000_000, 50_000_000, Duration.ofMillis(1));

        assertThatThrownBy(() -> hasty.decode(photo))
                .isInstanceOfSatisfying(NoQrFoundException.class, e -> assertThat(e.timedOut()).isTrue());
    }

    @Test
    void transparentPngReadsAsWhitePaper() {
        java.awt.image.BufferedImage argb = new java.awt.image.BufferedImage(300, 300,
                java.awt.image.BufferedImage.TYPE_INT_ARGB); // fully transparent
        java.awt.Graphics2D g = argb.createGraphics();
        g.drawImage(HostileImages.smallQr(URL), 30, 30, null);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(0, 0, 300, 20); // a transparent band over the quiet zone, like a sticker cut-out
        g.dispose();

        assertThat(decoder.decode(ImageFiles.write(argb, "png")).text()).isEqualTo(URL);
    }

    @Test
    void randomBytesNeverEscapeTheTwoExceptionTypes() {
        Random rnd = new Random(20240611);
        List<String> unexpected = new ArrayList<>();
        byte[][] prefixes = {{}, {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
            {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}};
        for (int i = 0; i < 300; i++) {
            byte[] prefix = prefixes[i % prefixes.length];
            byte[] data = new byte[prefix.length + rnd.nextInt(i < 150 ? 64 : 8192)];
            rnd.nextBytes(data);
            System.arraycopy(prefix, 0, data, 0, prefix.length);
            check("random #" + i, data, unexpected);
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void mutatedRealFilesNeverEscapeTheTwoExceptionTypes() {
        Random rnd = new Random(7);
        byte[] jpeg = ImageFiles.write(HostileImages.smallQr(URL), "jpeg");
        byte[] png = new QrEncoder().png(URL, 240);
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            byte[] original = i % 2 == 0 ? jpeg : png;
            byte[] data = switch (i % 3) {
                case 0 -> Arrays.copyOf(original, 1 + rnd.nextInt(original.length - 1));
                case 1 -> flipBytes(original, 1 + rnd.nextInt(4), rnd, true);
                default -> flipBytes(original, 1 + rnd.nextInt(40), rnd, false);
            };
            check("mutation #" + i, data, unexpected);
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void decodesConcurrently() throws Exception {
        byte[] png = new QrEncoder().png(URL, 300);
        byte[] jpeg = ImageFiles.write(HostileImages.smallQr(URL), "jpeg");
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 10; i++) {
                        assertThat(decoder.decode(i % 2 == 0 ? png : jpeg).text()).isEqualTo(URL);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    /** Overwrites {@code count} random bytes; {@code headerOnly} aims at the first 200 bytes, where parsers branch. */
    private static byte[] flipBytes(byte[] original, int count, Random rnd, boolean headerOnly) {
        byte[] copy = original.clone();
        for (int k = 0; k < count; k++) {
            int limit = headerOnly ? Math.min(200, copy.length) : copy.length;
            int at = 3 + rnd.nextInt(limit - 3); // keep the magic so the codec gets the bytes
            copy[at] = (byte) rnd.nextInt(256);
        }
        return copy;
    }

    private void check(String label, byte[] data, List<String> unexpected) {
        try {
            decoder.decode(data);
        } catch (ImageRejectedException | NoQrFoundException expected) {
            // The only two ways to fail.
        } catch (Throwable e) {
            unexpected.add(label + ": " + e);
        }
    }

    private void assertRejected(byte[] data, Reason reason) {
        assertRejected(decoder, data, reason);
    }

    private static void assertRejected(QrPhotoDecoder decoder, byte[] data, Reason reason) {
        assertThatThrownBy(() -> decoder.decode(data))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
