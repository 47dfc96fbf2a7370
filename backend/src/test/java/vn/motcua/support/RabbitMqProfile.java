package vn.motcua.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The product scaled out: dossier updates arrive on, and notification sends go through, the real RabbitMQ at
 * 127.0.0.1:5672. One profile for the broker tests of intake and of notifications, so they share one Quarkus start.
 * The notification exchange is new each run, so a queue left by an earlier run feeds nothing into this one.
 */
public class RabbitMqProfile implements QuarkusTestProfile {
    public static final String DOSSIER_UPDATES = "motcua.dossier-updates.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        String sends = "motcua.test.notification-sends." + System.nanoTime();
        return Map.ofEntries(Map.entry("mp.messaging.incoming.dossier-updates.connector", "smallrye-rabbitmq"),
                Map.entry("mp.messaging.incoming.dossier-updates.queue.name", DOSSIER_UPDATES),
                Map.entry("mp.messaging.incoming.dossier-updates.exchange.name", DOSSIER_UPDATES),
                Map.entry("motcua.notifications.transport", "broker"),
                Map.entry("mp.messaging.outgoing.notification-broker-out.connector", "smallrye-rabbitmq"),
                Map.entry("mp.messaging.outgoing.notification-broker-out.exchange.name", sends),
                Map.entry("mp.messaging.incoming.notification-broker-in.connector", "smallrye-rabbitmq"),
                Map.entry("mp.messaging.incoming.notification-broker-in.exchange.name", sends),
                Map.entry("mp.messaging.incoming.notification-broker-in.queue.name", sends),
                Map.entry("mp.messaging.incoming.notification-broker-in.queue.auto-delete", "true"),
                Map.entry("mp.messaging.incoming.notification-broker-in.routing-keys", "#"));
    }
}
