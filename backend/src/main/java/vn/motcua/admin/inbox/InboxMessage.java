package vn.motcua.admin.inbox;

import java.time.OffsetDateTime;

/**
 * One line of a conversation: from the citizen (a webhook event), an officer's reply, or the bot's reply;
 * {@code problem} says why a reply has not reached the citizen (waiting to be sent again, or given up).
 */
public record InboxMessage(OffsetDateTime at, boolean fromCitizen, String author, String text, String problem) {
    public InboxMessage(OffsetDateTime at, boolean fromCitizen, String author, String text) {
        this(at, fromCitizen, author, text, null);
    }
}
