package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The table zalo_sandbox_message: what the sandbox messenger would have sent to Zalo. The messenger writes it;
 * the simulator and the sandbox's message page read it through here.
 */
@ApplicationScoped
public class SandboxMessageStore {
    private static final String INSERT = """
            insert into zalo_sandbox_message (recipient, channel, text, payload) values ($1, $2, $3, $4) returning id""";
    private static final String NEWEST = """
            select id, recipient, channel, text, payload, created_at from zalo_sandbox_message
             where ($1::varchar is null or recipient = $1) and id > $2 order by id desc limit $3""";

    private final Pool pool;

    public SandboxMessageStore(Pool pool) {
        this.pool = pool;
    }

    /** Records one message; answers its id. */
    public Uni<Long> insert(String recipient, String channel, String text, String payload) {
        return pool.preparedQuery(INSERT).execute(Tuple.of(recipient, channel, text, payload))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The newest messages after {@code afterId}, to {@code recipient} or (null) to anyone. */
    public Uni<List<SandboxRow>> newest(String recipient, long afterId, int limit) {
        return pool.preparedQuery(NEWEST).execute(Tuple.of(recipient, afterId, limit)).map(SandboxMessageStore::rows);
    }

    private static List<SandboxRow> rows(RowSet<Row> rows) {
        List<SandboxRow> list = new ArrayList<>();
        for (Row row : rows) {
            list.add(new SandboxRow(row.getLong(0), row.getString(1), row.getString(2), row.getString(3),
                    row.getString(4), VietnamTime.inVietnam(row.getOffsetDateTime(5))));
        }
        return list;
    }

    /** One recorded message as stored; {@code payload} is the JSON body that would have gone to Zalo. */
    public record SandboxRow(long id, String recipient, String channel, String text, String payload,
                             OffsetDateTime createdAt) {
    }
}
