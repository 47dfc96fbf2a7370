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
 * Conversations waiting for an officer. An administrator sees all of them; other officers see the citizens
 * linked to their subtree: subscribed to one of its dossiers, or sharing the phone of one of its applicants.
 */
@ApplicationScoped
public class OfficerInbox {
    static final String CONVERSATIONS = AgencyScope.SCOPE + """
            , mine as (
                select s.zalo_user_id from dossier_subscription s join dossier d on d.id = s.dossier_id
                 where s.active and s.zalo_user_id is not null and d.agency_id in (select id from scope)
                union
                select u.zalo_user_id from zalo_user u join dossier d on d.applicant_phone = u.phone
                 where u.phone is not null and d.agency_id in (select id from scope)
            )
            select c.zalo_user_id, u.display_name, u.phone, c.last_user_message, c.last_user_message_at,
                   c.human_requested_at, u.last_interaction_at,
                   coalesce(u.last_interaction_at > now() - interval '48 hours', false)
              from zalo_conversation c left join zalo_user u on u.zalo_user_id = c.zalo_user_id
             where c.state = 'human' and ($2 or c.zalo_user_id in (select zalo_user_id from mine))
               and ($3::text is null or c.zalo_user_id = $3)
             order by coalesce(c.last_user_message_at, c.human_requested_at) desc nulls last""";
    private static final String RECEIVED = """
            select received_at, raw_body from zalo_inbox where zalo_user_id = $1 order by received_at desc, id desc limit 30""";
    private static final String REPLIES = """
            select l.at, coalesce(o.full_name, l.username), l.after_state from audit_log l left join officer o on o.id = l.officer_id
             where l.action = 'inbox-reply' and l.target = $1 order by l.at desc limit 30""";

    private final Pool pool;
    private final ObjectMapper json;

    public OfficerInbox(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<List<Conversation>> waiting(long agencyId, boolean everything) {
        return query(pool, agencyId, everything, null, "");
    }

    public Uni<Conversation> find(long agencyId, boolean everything, String userId) {
        return find(pool, agencyId, everything, userId, false);
    }

    /** The conversation if it waits for an officer and lies in the officer's scope; else 404. */
    public Uni<Conversation> find(SqlClient client, long agencyId, boolean everything, String userId, boolean lock) {
        return query(client, agencyId, everything, userId, lock ? " for update of c" : "").map(found -> {
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
                .execute(Tuple.of(target(userId))).map(replies -> {
                    List<InboxMessage> lines = new ArrayList<>();
                    for (Row r : received) {
                        lines.add(new InboxMessage(r.getOffsetDateTime(0), true, null, textOf(r.getString(1))));
                    }
                    for (Row r : replies) {
                        lines.add(new InboxMessage(r.getOffsetDateTime(0), false, r.getString(1), r.getString(2)));
                    }
                    lines.sort(Comparator.comparing(InboxMessage::at));
                    return lines;
                }));
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

    private static Uni<List<Conversation>> query(SqlClient client, long agencyId, boolean everything, String userId, String suffix) {
        Tuple args = Tuple.tuple().addLong(agencyId).addBoolean(everything).addString(userId);
        return client.preparedQuery(CONVERSATIONS + suffix).execute(args).map(rows -> {
            List<Conversation> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new Conversation(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getOffsetDateTime(4), r.getOffsetDateTime(5), r.getOffsetDateTime(6), r.getBoolean(7)));
            }
            return list;
        });
    }
}
