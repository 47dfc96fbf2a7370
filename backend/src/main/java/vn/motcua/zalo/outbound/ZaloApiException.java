package vn.motcua.zalo.outbound;

/** Zalo refused a call (an {@code error} in an HTTP 200 body, or an HTTP or network failure). */
public class ZaloApiException extends RuntimeException {
    private final int code;
    private final ZaloErrorClass errorClass;

    public ZaloApiException(int code, String message, ZaloErrorClass errorClass) {
        super("Zalo error " + code + ": " + message);
        this.code = code;
        this.errorClass = errorClass;
    }

    public static ZaloApiException of(int code, String message) {
        return new ZaloApiException(code, message, ZaloErrorClass.of(code));
    }

    /** A 5xx, a timeout or a broken connection: nothing was decided, try again later. */
    public static ZaloApiException unavailable(String message) {
        return new ZaloApiException(0, message, ZaloErrorClass.RETRY_LATER);
    }

    public int code() {
        return code;
    }

    public ZaloErrorClass errorClass() {
        return errorClass;
    }
}
