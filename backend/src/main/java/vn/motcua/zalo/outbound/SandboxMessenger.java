package vn.motcua.zalo.outbound;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/** Sandbox mode: what would go to Zalo is written to zalo_sandbox_message, where the simulator reads it. */
@ApplicationScoped
@Typed(SandboxMessenger.class) // injected through MessengerProducer only
public class SandboxMessenger implements ZaloMessenger {
    static final String CONSULTATION = "oa_cs";
    static final String TEMPLATE_USER = "template_user";
    static final String TEMPLATE_PHONE = "template_phone";
    private final SandboxMessageStore store;
    private final boolean development;

    public SandboxMessenger(SandboxMessageStore store, vn.motcua.zalo.ZaloSettings settings) {
        this.store = store;
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
        return store.insert(recipient, channel, text, body)
                .map(id -> "sandbox-" + id)
                .invoke(id -> Log.debugf("Sandbox %s %s to %s", channel, id, recipient));
    }
}
