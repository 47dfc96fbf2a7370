package vn.motcua.zalo.sandbox;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.ZaloConfig;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.SandboxMessageStore;
import vn.motcua.zalo.webhook.InboxRepository;
import vn.motcua.zalo.webhook.WebhookSignature;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plays Zalo for the chat simulator: signs an event exactly as Zalo does, posts it to this application's real
 * webhook over HTTP, waits for the bot, and reads the conversation back from the inbox and the sandbox record.
 */
@ApplicationScoped
public class ChatSimulator {
    private static final int SHOWN = 30;

    private final ZaloSettings settings;
    private final InboxRepository inbox;
    private final SandboxMessageStore sent;
    private final HttpClient client;

    public ChatSimulator(ZaloSettings settings, InboxRepository inbox, SandboxMessageStore sent, Vertx vertx) {
        this.settings = settings;
        this.inbox = inbox;
        this.sent = sent;
        this.client = vertx.createHttpClient();
    }

    public JsonObject text(String user, String text) {
        return SimulatedEvents.text(settings.appId(), settings.oaId(), user, text);
    }

    public JsonObject image(String user, String url) {
        return SimulatedEvents.image(settings.appId(), settings.oaId(), user, url);
    }

    public JsonObject follow(String user) {
        return SimulatedEvents.follow(settings.appId(), settings.oaId(), user);
    }

    public JsonObject submitInfo(String user, String name, String phone) {
        return SimulatedEvents.submitInfo(settings.appId(), settings.oaId(), user, name, phone);
    }

    /** Posts the signed event to the webhook at host:port and waits (at most about 8 s) for the bot to finish. */
    public Uni<Void> deliver(String host, int port, String user, JsonObject event) {
        byte[] body = event.encode().getBytes(StandardCharsets.UTF_8);
        String id = settings.config().signatureOrder() == ZaloConfig.SignatureOrder.OA_ID_FIRST
                ? settings.oaId() : settings.appId();
        String signature = WebhookSignature.header(id, body, event.getString("timestamp"), settings.oaSecretKey());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(host).setPort(port)
                .setURI("/zalo/webhook").putHeader("Content-Type", "application/json")
                .putHeader("X-ZEvent-Signature", signature);
        return client.request(options).flatMap(request -> request.send(Buffer.buffer(body)))
                .flatMap(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("the webhook answered " + response.statusCode());
                    }
                    return response.body();
                })
                .flatMap(ignored -> inbox.openFor(user)
                        .repeat().withDelay(Duration.ofMillis(100)).until(busy -> busy == 0)
                        .select().first(80).collect().last())
                .replaceWithVoid();
    }

    public Uni<List<ChatLine>> conversation(String user) {
        return inbox.newestFromCitizen(user, SHOWN).flatMap(citizen -> {
            List<ChatLine> lines = new ArrayList<>();
            for (InboxRepository.ReceivedEvent event : citizen) {
                lines.add(ChatLine.fromCitizen(event.rawBody(), event.receivedAt()));
            }
            return sent.newest(user, 0, SHOWN).map(oa -> {
                for (SandboxMessageStore.SandboxRow row : oa) {
                    lines.add(ChatLine.fromOa(row.text(), new JsonObject(row.payload()), row.createdAt()));
                }
                lines.sort(Comparator.comparing(ChatLine::at));
                return lines;
            });
        });
    }
}
