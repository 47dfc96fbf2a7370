package vn.motcua.intake;

/** A record failed while it shared a transaction with others; {@code position} is its place in that group. */
class FailedInSharedTransaction extends RuntimeException {
    final int position;

    FailedInSharedTransaction(int position, Throwable cause) {
        super("record " + position + " of a shared transaction failed", cause, false, false);
        this.position = position;
    }

    /** The position of the record that failed, or -1 when the group failed as a whole (at commit). */
    static int positionIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FailedInSharedTransaction f) {
                return f.position;
            }
        }
        return -1;
    }
}
