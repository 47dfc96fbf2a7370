package vn.motcua.zalo.bot;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.audience.ZaloUserRepository;
import vn.motcua.notification.NotificationReceiptStore;
import vn.motcua.zalo.outbound.ZaloMessage;
import vn.motcua.zalo.reply.ChatReplies;
import vn.motcua.zalo.webhook.ZaloEvent;
import vn.motcua.zalo.webhook.ZaloEventHandler;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reacts to one stored webhook event. Every user event records the interaction time (it opens the window for
 * consultation messages); commands go to {@link ChatCommands}. Answers true when the event was acted on,
 * false when it was stored and ignored.
 */
@ApplicationScoped
public class ChatBot implements ZaloEventHandler {
    private final ZaloUserRepository users;
    private final ConversationRepository conversations;
    private final DeliveryReceiptRepository receipts;
    private final NotificationReceiptStore notificationReceipts;
    private final ChatCommands commands;
    private final BotReplies replies;
    private final ChatReplies chatReplies;

    public ChatBot(ZaloUserRepository users, ConversationRepository conversations, DeliveryReceiptRepository receipts,
                   ChatCommands commands, BotReplies replies, ChatReplies chatReplies,
                   NotificationReceiptStore notificationReceipts) {
        this.users = users;
        this.conversations = conversations;
        this.receipts = receipts;
        this.notificationReceipts = notificationReceipts;
        this.commands = commands;
        this.replies = replies;
        this.chatReplies = chatReplies;
    }

    @Override
    public Uni<Boolean> handle(ZaloEvent event) {
        String user = event.userId();
        OffsetDateTime at = OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC);
        String name = event.eventName();
        if (name.equals("user_received_message") || name.equals("user_seen_message")) {
            return receipts.store(event).flatMap(v -> notificationReceipts.apply()).replaceWith(true);
        }
        if (user == null) {
            return Uni.createFrom().item(false);
        }
        if (name.startsWith("oa_send_")) {
            // an officer typed in the OA chat: the conversation is theirs, the bot keeps quiet
            return event.adminId() == null ? Uni.createFrom().item(false)
                    : conversations.handToOfficer(user, at).replaceWith(true);
        }
        return switch (name) {
            case "follow" -> users.follow(user, at).flatMap(v -> send(replies.welcome(user)));
            case "unfollow" -> users.unfollow(user, at).replaceWith(true);
            case "user_send_text" -> users.touch(user, at).flatMap(v -> commands.text(user, event.text(), at));
            case "user_send_image" -> users.touch(user, at).flatMap(v -> commands.image(user, event, at));
            case "user_submit_info" -> users.touch(user, at).flatMap(v -> commands.submitInfo(user, event, at));
            case "user_click_chatnow" -> users.touch(user, at).replaceWith(true);
            case "user_send_link", "user_send_location", "user_send_sticker", "user_send_file",
                 "user_send_audio", "user_send_video", "user_send_gif" -> users.touch(user, at)
                    .flatMap(v -> conversations.recordMessage(user, "[" + name.substring(10) + "]", at,
                            commands.handoffTimeout()))
                    .flatMap(human -> human ? Uni.createFrom().item(true) : send(replies.unsupported(user)));
            default -> Uni.createFrom().item(false);
        };
    }

    private Uni<Boolean> send(ZaloMessage message) {
        return chatReplies.send(message);
    }
}
