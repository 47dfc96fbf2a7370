package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * LISTEN on the channel the outbox trigger NOTIFYs: a committed status change wakes the dispatcher at once,
 * on every instance. If the listening connection drops it reconnects; meanwhile the timer keeps work moving.
 */
@ApplicationScoped
public class OutboxListener {
    static final String CHANNEL = "motcua_outbox";

    private final Vertx vertx;
    private final NotificationDispatcher dispatcher;
    private final Config config;
    private PgSubscriber subscriber;

    public OutboxListener(Vertx vertx, NotificationDispatcher dispatcher, Config config) {
        this.vertx = vertx;
        this.dispatcher = dispatcher;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        String url = config.getOptionalValue("quarkus.datasource.reactive.url", String.class).orElse(null);
        if (url == null) {
            Log.warn("No reactive datasource URL: notifications rely on polling only");
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 2_000L);
        subscriber.channel(CHANNEL).handler(payload -> dispatcher.wake());
        subscriber.connect().subscribe().with(
                v -> Log.debugf("Listening on %s", CHANNEL),
                e -> Log.warnf("LISTEN %s failed (%s): notifications rely on polling", CHANNEL, e.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }
}
