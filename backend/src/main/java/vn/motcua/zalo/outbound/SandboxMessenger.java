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
    static final String TEMPLATE_USER = "template_user";
    static final String TEMPLATE_PHONE = "template_phone";
    private static final String INSERT = """
            insert into zalo_sandbox_message (recipient, channel, text, payload) values ($1, $2, $3, $4) returning id""";

    private final Pool pool;
    private final boolean development;

    public SandboxMessenger(Pool pool, vn.motcua.zalo.ZaloSettings settings) {
        this.pool = pool;
        this.development = settings.config().templateMode() == vn.motcua.zalo.ZaloConfig.TemplateMode.DEVELOPMENT;
    }

    @Override
    public Uni<String> sendConsultation(ZaloMessage message) {
        return record(message.userId(), CONSULTATION, message.text(), ZaloMessageJson.consultation(message).encode());
    }

    @Override
    public Uni<String> sendTemplateToUser(TemplateMessage message) {
        return record(message.userId(), TEMPLATE_USER, message.preview(),
                ZaloMessageJson.templateToUser(message).encode());
    }

    @Override
    public Uni<String> sendTemplateToPhone(TemplateMessage message) {
        return record(message.phone(), TEMPLATE_PHONE, message.preview(),
                ZaloMessageJson.templateToPhone(message, development).encode());
    }

    private Uni<String> record(String recipient, String channel, String text, String body) {
        return pool.preparedQuery(INSERT).execute(Tuple.of(recipient, channel, text, body))
                .map(rows -> "sandbox-" + rows.iterator().next().getLong(0))
                .invoke(id -> Log.debugf("Sandbox %s %s to %s", channel, id, recipient));
    }
}
