package vn.motcua.qr;

/**
 * Outcome of a successful {@link QrPhotoDecoder#decode(byte[])}.
 *
 * @param text          the decoded QR payload, exactly as encoded
 * @param strategy      which attempt succeeded (e.g. {@code "1000px/hybrid"}); meant for logs and benchmarks
 * @param elapsedMillis wall-clock time spent, image decoding included
 */
public record DecodeResult(String text, String strategy, long elapsedMillis) {
}
