package vn.motcua.outbox;

/** What happened to a dossier that a citizen should hear about. */
public enum OutboxKind {
    STATUS_CHANGED,
    /** The due date moved: the apology with a new date when it moved later. */
    DUE_DATE_CHANGED,
    /** A reminder written a few working days before the due date (once per dossier and due date). */
    DUE_SOON
}
