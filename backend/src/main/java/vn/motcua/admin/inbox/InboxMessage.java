package vn.motcua.admin.inbox;

import java.time.OffsetDateTime;

/** One line of a conversation: from the citizen (a webhook event) or an officer's reply. */
public record InboxMessage(OffsetDateTime at, boolean fromCitizen, String author, String text) {
}
