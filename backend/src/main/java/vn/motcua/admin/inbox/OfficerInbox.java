package vn.motcua.admin.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Conversations waiting for an officer. A conversation is about the dossier the citizen named before asking
 * for an officer (see ConversationRepository): officers see it when that dossier's agency lies in their subtree
 * (merged agencies included). A conversation about no dossier goes to the officers of the root agency (the
 * province), who see every conversation. Not even a commune's administrator sees other communes' citizens.
 */
@ApplicationScoped
public class OfficerInbox {

    private final OfficerInboxStore store;
    private final ObjectMapper json;

    public OfficerInbox(OfficerInboxStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public Uni<List<Conversation>> waiting(long agencyId) {
        return store.waiting(agencyId, null);
    }

    /** The conversation if it waits for an officer and lies in the officer's scope; else 404. */
    public Uni<Conversation> find(long agencyId, String userId) {
        return store.waiting(agencyId, userId).map(OfficerInbox::single);
    }

    /** The same, read in {@code client}'s transaction; {@code lock} locks the conversation for a change. */
    public Uni<Conversation> find(SqlClient client, long agencyId, String userId, boolean lock) {
        return store.waiting(client, agencyId, userId, lock).map(OfficerInbox::single);
    }

    private static Conversation single(List<Conversation> found) {
        if (found.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy cuộc trò chuyện",
                    "Cuộc trò chuyện này không chờ cán bộ trả lời hoặc không thuộc phạm vi đơn vị của bạn.");
        }
        return found.get(0);
    }

    /** The latest messages both ways, oldest first. */
    public Uni<List<InboxMessage>> messages(String userId) {
        return store.received(userId).flatMap(received -> store.officerReplies(target(userId))
                .flatMap(replies -> store.botReplies(userId).map(bot -> {
                    List<InboxMessage> lines = new ArrayList<>();
                    for (OfficerInboxStore.Received r : received) {
                        lines.add(new InboxMessage(r.at(), true, null, textOf(r.rawBody())));
                    }
                    for (OfficerInboxStore.OfficerReply r : replies) {
                        lines.add(new InboxMessage(r.at(), false, r.officer(), r.text()));
                    }
                    for (OfficerInboxStore.BotReply r : bot) {
                        lines.add(new InboxMessage(r.at(), false, "Trợ lý tự động", r.preview(),
                                replyProblem(r.status(), r.reason())));
                    }
                    lines.sort(Comparator.comparing(InboxMessage::at));
                    return lines;
                })));
    }

    private static String replyProblem(String status, String reason) {
        return switch (status) {
            case "failed" -> "Không gửi được" + (reason == null ? "" : ": " + reason);
            case "created", "sending", "temporary-failure" -> "Chưa gửi được, đang chờ gửi lại"
                    + (reason == null ? "" : ": " + reason);
            default -> null;
        };
    }

    static String target(String userId) {
        return "zalo:" + userId;
    }

    private String textOf(String raw) {
        try {
            JsonNode event = json.readTree(raw);
            JsonNode message = event.path("message");
            if (message.hasNonNull("text")) {
                return message.get("text").asText();
            }
            return message.has("attachments") ? "[Tệp đính kèm]" : "[" + event.path("event_name").asText("sự kiện") + "]";
        } catch (Exception e) {
            return "[Không đọc được nội dung]";
        }
    }
}
