package vn.motcua.qr;

import java.nio.charset.StandardCharsets;

/**
 * Image formats recognised by their magic bytes. Only JPEG and PNG are decoded; the others are
 * named so the citizen can be told "send a JPEG or PNG" instead of "this is not an image".
 */
enum ImageFormat {
    JPEG("jpeg", true),
    PNG("png", true),
    GIF(null, false),
    BMP(null, false),
    WEBP(null, false),
    HEIF(null, false),
    TIFF(null, false),
    UNKNOWN(null, false);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String imageIoName;
    private final boolean supported;

    ImageFormat(String imageIoName, boolean supported) {
        this.imageIoName = imageIoName;
        this.supported = supported;
    }

    String imageIoName() {
        return imageIoName;
    }

    boolean supported() {
        return supported;
    }

    static ImageFormat sniff(byte[] b) {
        if (b == null || b.length < 4) {
            return UNKNOWN;
        }
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(b, 0, ascii("GIF8"))) {
            return GIF;
        }
        if (b[0] == 'B' && b[1] == 'M' && b.length >= 26) {
            return BMP;
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return WEBP;
        }
        if (startsWith(b, 4, ascii("ftyp"))) {
            return HEIF; // HEIC/HEIF/AVIF: ISO base media files, as sent by iPhones
        }
        if (startsWith(b, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(b, 0, new byte[] {'M', 'M', 0, 42})) {
            return TIFF;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
