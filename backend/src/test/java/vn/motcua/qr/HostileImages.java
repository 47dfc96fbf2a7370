package vn.motcua.qr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Builds broken, hostile and odd image files by hand for the decoder's robustness tests. */
final class HostileImages {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private HostileImages() {
    }

    /**
     * A syntactically valid RGB PNG declaring {@code width} x {@code height} whose IDAT inflates
     * to {@code zeroRows} all-black rows: a few KB on the wire, gigabytes once decoded.
     */
    static byte[] pngBomb(int width, int height, int zeroRows) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + 3 * width]; // filter byte 0 + RGB samples
            for (int i = 0; i < zeroRows; i++) {
                zlib.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(PNG_SIGNATURE);
        byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(png, "IHDR", ihdr);
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A photo-sized, valid image with nothing on it but paper texture. */
    static BufferedImage blankPaper(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(240, 238, 230));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 40, 40));
        for (int y = 40; y < height - 40; y += 30) {
            g.fillRect(40, y, width / 2, 8); // text-like lines, no QR
        }
        g.dispose();
        return image;
    }

    /** The QR alone as a compact image: cheap to decode, good seed for mutation fuzzing. */
    static BufferedImage smallQr(String text) {
        try {
            BufferedImage binary = ImageIO.read(new java.io.ByteArrayInputStream(new QrEncoder().png(text, 240)));
            BufferedImage rgb = new BufferedImage(binary.getWidth(), binary.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(binary, 0, 0, null);
            g.dispose();
            return rgb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
