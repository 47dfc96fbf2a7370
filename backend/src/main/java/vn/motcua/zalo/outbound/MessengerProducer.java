package vn.motcua.zalo.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.motcua.zalo.ZaloSettings;

/** The messenger of the configured mode: nothing reaches Zalo from a sandbox. */
public class MessengerProducer {

    @Produces
    @ApplicationScoped
    ZaloMessenger messenger(ZaloSettings settings, SandboxMessenger sandbox, LiveMessenger live) {
        return settings.sandbox() ? sandbox : live;
    }
}
