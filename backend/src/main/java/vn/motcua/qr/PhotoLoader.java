package vn.motcua.qr;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import vn.motcua.qr.ImageRejectedException.Reason;

/**
 * Turns untrusted upload bytes into a {@link GrayImage}, refusing anything hostile before pixels
 * are allocated: the format is sniffed from magic bytes (so permissive ImageIO plugins such as
 * WBMP never see random input), the header's dimensions are checked against the pixel limit,
 * and pixels are read with source subsampling so the in-memory image stays small.
 */
final class PhotoLoader {

    /** Longest side accepted even when the pixel count is fine: bounds per-row buffers inside the readers. */
    static final int MAX_SIDE = 20_000;

    private final long maxBytes;
    private final long maxPixels;

    PhotoLoader(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /** A read photo plus what the decoder needs to know about how it was read. */
    record Loaded(GrayImage image, int subsampling, boolean truncated) {
    }

    /**
     * Reads the photo, subsampled so its longest side is about {@code targetLongSide} or more
     * (at most twice that). Gives up with a timed-out {@link NoQrFoundException} at {@code deadlineNanos}.
     */
    Loaded load(byte[] bytes, int targetLongSide, long deadlineNanos) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new ImageRejectedException(Reason.TOO_LARGE_BYTES,
                    "image has " + bytes.length + " bytes, limit is " + maxBytes);
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == ImageFormat.UNKNOWN) {
            throw new ImageRejectedException(Reason.NOT_AN_IMAGE, "bytes are not a JPEG or PNG image");
        }
        if (!format.supported()) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, format + " images are not supported");
        }
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            return read(reader, targetLongSide, deadlineNanos);
        } catch (ImageRejectedException | NoQrFoundException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO codecs throw a zoo of unchecked exceptions on malformed data
            // (IllegalArgumentException, IndexOutOfBounds, CMMException...): all mean "broken file".
            throw readFailure(e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Prefers the JDK's own codec: other plugins on the classpath (jai-imageio comes with
     * zxing-javase) behave differently on hostile input and were not tested here.
     */
    private static ImageReader readerFor(ImageFormat format) {
        ImageReader chosen = null;
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "no reader for " + format);
        }
        return chosen;
    }

    private Loaded read(ImageReader reader, int targetLongSide, long deadlineNanos) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new ImageRejectedException(Reason.CORRUPT, "image declares no pixels");
        }
        if ((long) width * height > maxPixels || Math.max(width, height) > MAX_SIDE) {
            throw new ImageRejectedException(Reason.TOO_MANY_PIXELS, "image is " + width + "x" + height
                    + ", limits are " + maxPixels + " pixels and " + MAX_SIDE + " px per side");
        }
        int subsampling = Math.max(1, Math.max(width, height) / Math.max(1, targetLongSide));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        ImageTypeSpecifier gray = grayDestination(reader);
        if (gray != null) {
            // JPEG: the codec then skips colour conversion and chroma entirely.
            param.setDestinationType(gray);
        }
        ReadWatcher watcher = new ReadWatcher(reader, deadlineNanos);
        reader.addIIOReadProgressListener(watcher);
        reader.addIIOReadWarningListener(watcher);
        BufferedImage image = reader.read(0, param);
        if (watcher.aborted()) {
            throw new NoQrFoundException("time budget spent while reading the image", true);
        }
        return new Loaded(toGray(image), subsampling, watcher.truncated());
    }

    private static ImageTypeSpecifier grayDestination(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (!types.hasNext()) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "unsupported colour model (e.g. CMYK)");
        }
        while (types.hasNext()) {
            ImageTypeSpecifier type = types.next();
            if (type.getBufferedImageType() == BufferedImage.TYPE_BYTE_GRAY
                    && type.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
                return type;
            }
        }
        return null;
    }

    /** Luminance of a decoded image; a plain byte-gray raster (the JPEG path) is used without copying. */
    static GrayImage toGray(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && image.getSampleModel() instanceof ComponentSampleModel model
                && model.getPixelStride() == 1 && model.getScanlineStride() == width
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            return new GrayImage(buffer.getData(), width, height);
        }
        byte[] out = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int luma = (((argb >> 16) & 0xff) * 306 + ((argb >> 8) & 0xff) * 601 + (argb & 0xff) * 117) >> 10;
                // Transparent areas of screenshots/stickers read as white paper, not black.
                out[y * width + x] = (byte) ((luma * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return new GrayImage(out, width, height);
    }

    private static ImageRejectedException readFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return new ImageRejectedException(Reason.TRUNCATED, "image data ends early", e);
            }
        }
        return new ImageRejectedException(Reason.CORRUPT, "image data cannot be decoded", e);
    }
}
