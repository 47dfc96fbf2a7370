package vn.motcua.zalo.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.alarm.ZaloAlarms;

/** The messenger of the configured mode (nothing reaches Zalo from a sandbox), watched for alarms. */
public class MessengerProducer {

    @Produces
    @ApplicationScoped
    ZaloMessenger messenger(ZaloSettings settings, SandboxMessenger sandbox, LiveMessenger live, ZaloAlarms alarms) {
        return new WatchedMessenger(settings.sandbox() ? sandbox : live, alarms);
    }
}
