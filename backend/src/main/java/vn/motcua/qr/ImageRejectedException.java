package vn.motcua.qr;

/**
 * The uploaded bytes are not an image this service will read: wrong format, broken, or
 * over a size limit. The caller should ask the citizen for another photo; {@link #reason()}
 * says which message to show.
 */
public class ImageRejectedException extends RuntimeException {

    /** Why the bytes were refused. */
    public enum Reason {
        /** Empty, or bytes that do not start like any known image format. */
        NOT_AN_IMAGE,
        /** A recognised image format other than JPEG or PNG (GIF, BMP, WebP, HEIC, TIFF...). */
        UNSUPPORTED_FORMAT,
        /** More bytes than the configured limit. */
        TOO_LARGE_BYTES,
        /** The header declares more pixels (or a longer side) than the configured limit. */
        TOO_MANY_PIXELS,
        /** The data ends early and no QR code could be read from the part that arrived. */
        TRUNCATED,
        /** The header looks right but the data cannot be decoded. */
        CORRUPT
    }

    private final Reason reason;

    public ImageRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ImageRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
