package vn.motcua.zalo.reply;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.outbound.ZaloMessage;

/**
 * The bot's way to answer a citizen, so that no reply is lost. The usual reply, to a citizen with none still open,
 * is sent at once; if it does not go (Zalo unavailable, a dead token, billing...) it is written to zalo_reply,
 * before the webhook event it answers is marked done, and {@link ReplySender} tries it again. A reply to a citizen
 * whose earlier reply is still open is written down and waits its turn: one citizen's replies arrive in order.
 * A crash before the reply went leaves the event unfinished in the inbox, which hands it to the bot again.
 */
@ApplicationScoped
public class ChatReplies {
    private final ReplySender sender;
    private final ReplyStore records;

    public ChatReplies(ReplySender sender, ReplyStore records) {
        this.sender = sender;
        this.records = records;
    }

    /** Sends the reply, or writes it down to be sent; true once it is sent or safely recorded. */
    public Uni<Boolean> send(ZaloMessage message) {
        if (sender.hasOpenReplies(message.userId())) {
            sender.noteOpen(message.userId());
            return records.insert(message, ReplyPolicy.waitingTurn(), 0).invoke(sender::wake).replaceWith(true);
        }
        return sender.sendNow(message).replaceWith(true);
    }
}
