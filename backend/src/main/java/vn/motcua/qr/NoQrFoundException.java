package vn.motcua.qr;

/**
 * The image was read fine but no QR code could be decoded from it, either because there is
 * none, it is unreadable, or the time budget ran out first.
 */
public class NoQrFoundException extends RuntimeException {

    private final boolean timedOut;

    public NoQrFoundException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    /** True when the decoder stopped because its time budget was spent, not because it ran out of ideas. */
    public boolean timedOut() {
        return timedOut;
    }
}
