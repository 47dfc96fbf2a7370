package vn.motcua.zalo.webhook;

import io.smallrye.mutiny.Uni;

/**
 * What the inbox hands each stored webhook event to. Owned by the webhook so that it depends on no reader of its
 * events: the bot (zalo.bot.ChatBot) implements it, and the webhook never names the bot.
 */
public interface ZaloEventHandler {

    /** True when the event was acted on, false when it was stored and ignored; a failure marks the row failed. */
    Uni<Boolean> handle(ZaloEvent event);
}
