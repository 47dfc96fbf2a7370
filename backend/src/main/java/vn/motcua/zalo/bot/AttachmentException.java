package vn.motcua.zalo.bot;

/** A photo could not be downloaded: a refused URL, or a failed, too large or too slow download. */
public class AttachmentException extends RuntimeException {
    public AttachmentException(String message) {
        super(message);
    }
}
