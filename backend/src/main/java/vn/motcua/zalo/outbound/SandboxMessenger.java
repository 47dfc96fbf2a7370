package vn.motcua.zalo.outbound;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/** Sandbox mode: what would go to Zalo is written to zalo_sandbox_message, where the simulator reads it. */
@ApplicationScoped
@Typed(SandboxMessenger.class) // injected through MessengerProducer only
public class SandboxMessenger implements ZaloMessenger {
    static final String CONSULTATION = "oa_cs";
    private static final String INSERT = """
            insert into zalo_sandbox_message (recipient, channel, text, payload) values ($1, $2, $3, $4) returning id""";

    private final Pool pool;

    public SandboxMessenger(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<String> sendConsultation(ZaloMessage message) {
        String body = ZaloMessageJson.consultation(message).encode();
        return pool.preparedQuery(INSERT)
                .execute(Tuple.of(message.userId(), CONSULTATION, message.text(), body))
                .map(rows -> "sandbox-" + rows.iterator().next().getLong(0))
                .invoke(id -> Log.debugf("Sandbox message %s to %s", id, message.userId()));
    }
}
