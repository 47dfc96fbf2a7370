package vn.motcua.zalo.outbound;

import java.time.Duration;

/** Zalo refused a call (an {@code error} in an HTTP 200 body, or an HTTP or network failure). */
public class ZaloApiException extends RuntimeException {
    private final int code;
    private final ZaloErrorClass errorClass;
    private final Duration circuitOpenFor;

    public ZaloApiException(int code, String message, ZaloErrorClass errorClass) {
        this(code, message, errorClass, null);
    }

    private ZaloApiException(int code, String message, ZaloErrorClass errorClass, Duration circuitOpenFor) {
        super("Zalo error " + code + ": " + message);
        this.code = code;
        this.errorClass = errorClass;
        this.circuitOpenFor = circuitOpenFor;
    }

    public static ZaloApiException of(int code, String message) {
        return new ZaloApiException(code, message, ZaloErrorClass.of(code));
    }

    /** The token endpoint refused (any code): the OA is disconnected until an administrator connects it again. */
    public static ZaloApiException oaDisconnected(int code, String message) {
        return new ZaloApiException(code, message, ZaloErrorClass.OA_DISCONNECTED);
    }

    /** A 5xx, a timeout or a broken connection: nothing was decided, try again later. */
    public static ZaloApiException unavailable(String message) {
        return new ZaloApiException(0, message, ZaloErrorClass.RETRY_LATER);
    }

    /**
     * Our own circuit breaker refused the call: Zalo was not asked, so the caller has not spent an attempt and may
     * try again once the circuit closes, in {@code openFor}.
     */
    public static ZaloApiException circuitOpen(String message, Duration openFor) {
        return new ZaloApiException(0, message, ZaloErrorClass.RETRY_LATER, openFor);
    }

    /** Zalo was never called (the circuit was open): not an attempt that failed. */
    public boolean notCalled() {
        return circuitOpenFor != null;
    }

    /** How long the open circuit still refuses calls; zero unless {@link #notCalled()}. */
    public Duration circuitOpenFor() {
        return circuitOpenFor == null ? Duration.ZERO : circuitOpenFor;
    }

    public int code() {
        return code;
    }

    public ZaloErrorClass errorClass() {
        return errorClass;
    }
}
