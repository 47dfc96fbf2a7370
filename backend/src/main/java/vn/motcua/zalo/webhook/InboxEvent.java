package vn.motcua.zalo.webhook;

/** A stored webhook event on its way to the bot through the {@code zalo-events} channel. */
public record InboxEvent(long inboxId, ZaloEvent event) {
}
