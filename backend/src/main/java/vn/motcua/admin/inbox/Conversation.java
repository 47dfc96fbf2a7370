package vn.motcua.admin.inbox;

import java.time.OffsetDateTime;

/**
 * A citizen's conversation handed to an officer. Zalo lets the OA answer for free within 48 hours of the
 * citizen's last interaction; {@code windowOpen} says whether that window is still open. {@code dossierCode}: the
 * dossier the conversation is about (null: none, the root agency's officers answer it). {@code failedReplies}
 * counts the bot's replies that could not be sent (the citizen is still waiting for an answer).
 */
public record Conversation(String userId, String displayName, String phone, String lastMessage,
                           OffsetDateTime lastMessageAt, OffsetDateTime humanRequestedAt,
                           OffsetDateTime lastInteractionAt, boolean windowOpen, String dossierCode,
                           long failedReplies) {
}
