package vn.motcua.admin.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AgencyScope;
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
    static final String CONVERSATIONS = AgencyScope.SCOPE + """
            , root as (select exists (select 1 from agency where id = $1 and parent_id is null and replaced_by_id is null) as yes)
            select c.zalo_user_id, u.display_name, u.phone, c.last_user_message, c.last_user_message_at,
                   c.human_requested_at, u.last_interaction_at,
                   coalesce(u.last_interaction_at > now() - interval '48 hours', false), d.code,
                   (select count(*) from zalo_reply r where r.zalo_user_id = c.zalo_user_id and r.status = 'failed')
              from zalo_conversation c left join zalo_user u on u.zalo_user_id = c.zalo_user_id
              left join dossier d on d.id = c.dossier_id
             where c.state = 'human'
               and ((select yes from root) or d.agency_id in (select id from scope))
               and ($2::text is null or c.zalo_user_id = $2)
             order by coalesce(c.last_user_message_at, c.human_requested_at) desc nulls last""";
    private static final String RECEIVED = """
            select received_at, raw_body from zalo_inbox where zalo_user_id = $1 order by received_at desc, id desc limit 30""";
    private static final String REPLIES = """
            select l.at, coalesce(o.full_name, l.username), l.after_state from audit_log l left join officer o on o.id = l.officer_id
             where l.action = 'inbox-reply' and l.target = $1 order by l.at desc limit 30""";

    /** The bot's replies: sent ones, and the ones that did not reach the citizen with the reason. */
    private static final String BOT_REPLIES = """
            select created_at, preview, status, status_reason from zalo_reply where zalo_user_id = $1
             order by id desc limit 30""";

    private final Pool pool;
    private final ObjectMapper json;

    public OfficerInbox(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<List<Conversation>> waiting(long agencyId) {
        return query(pool, agencyId, null, "");
    }

    public Uni<Conversation> find(long agencyId, String userId) {
        return find(pool, agencyId, userId, false);
    }

    /** The conversation if it waits for an officer and lies in the officer's scope; else 404. */
    public Uni<Conversation> find(SqlClient client, long agencyId, String userId, boolean lock) {
        return query(client, agencyId, userId, lock ? " for update of c" : "").map(found -> {
            if (found.isEmpty()) {
                throw ProblemException.notFound("Không tìm thấy cuộc trò chuyện",
                        "Cuộc trò chuyện này không chờ cán bộ trả lời hoặc không thuộc phạm vi đơn vị của bạn.");
            }
            return found.get(0);
        });
    }

    /** The latest messages both ways, oldest first. */
    public Uni<List<InboxMessage>> messages(String userId) {
        return pool.preparedQuery(RECEIVED).execute(Tuple.of(userId)).flatMap(received -> pool.preparedQuery(REPLIES)
                .execute(Tuple.of(target(userId))).flatMap(replies -> pool.preparedQuery(BOT_REPLIES)
                        .execute(Tuple.of(userId)).map(bot -> {
                    List<InboxMessage> lines = new ArrayList<>();
                    for (Row r : received) {
                        lines.add(new InboxMessage(r.getOffsetDateTime(0), true, null, textOf(r.getString(1))));
                    }
                    for (Row r : replies) {
                        lines.add(new InboxMessage(r.getOffsetDateTime(0), false, r.getString(1), r.getString(2)));
                    }
                    for (Row r : bot) {
                        lines.add(new InboxMessage(r.getOffsetDateTime(0), false, "Trợ lý tự động", r.getString(1),
                                replyProblem(r.getString(2), r.getString(3))));
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

    private static Uni<List<Conversation>> query(SqlClient client, long agencyId, String userId, String suffix) {
        Tuple args = Tuple.tuple().addLong(agencyId).addString(userId);
        return client.preparedQuery(CONVERSATIONS + suffix).execute(args).map(rows -> {
            List<Conversation> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new Conversation(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getOffsetDateTime(4), r.getOffsetDateTime(5), r.getOffsetDateTime(6), r.getBoolean(7), r.getString(8),
                        r.getLong(9)));
            }
            return list;
        });
    }
}
