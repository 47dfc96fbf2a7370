package vn.motcua.notification;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local fake of Zalo's sending APIs (zalo-platform.md section 2): consultation and template messages by
 * user id on the OpenAPI host, templates by phone on the business host. It answers like Zalo (HTTP 200 with
 * an error code in the body) and follows a script: error codes to answer next per path, or 5xx.
 */
public final class FakeZalo {
    public static final String CONSULTATION = "/v3.0/oa/message/cs";
    public static final String TEMPLATE_USER = "/v3.0/oa/message/template";
    public static final String TEMPLATE_PHONE = "/business/message/template";
    public static final int PORT = freePort();
    private static FakeZalo instance;

    public record Call(String path, String token, JsonObject body) {
    }

    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Integer>> script = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Vertx vertx = Vertx.vertx();

    public static synchronized FakeZalo start() {
        if (instance == null) {
            instance = new FakeZalo();
            HttpServer server = instance.vertx.createHttpServer().requestHandler(request ->
                    request.body().onSuccess(body -> instance.answer(request, body.toJsonObject())));
            try {
                server.listen(PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("fake Zalo did not start", e);
            }
        }
        return instance;
    }

    public static String url(String prefix) {
        return "http://127.0.0.1:" + PORT + prefix;
    }

    private void answer(io.vertx.core.http.HttpServerRequest request, JsonObject body) {
        String path = request.path();
        calls.add(new Call(path, request.getHeader("access_token"), body));
        Integer scripted = script.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
        if (scripted != null && scripted >= 500) {
            request.response().setStatusCode(scripted).end("unavailable");
            return;
        }
        int error = scripted == null ? 0 : scripted;
        String id = "fake-" + ids.incrementAndGet();
        JsonObject data = path.equals(TEMPLATE_PHONE) ? new JsonObject().put("msg_id", id)
                : new JsonObject().put("message_id", id).put("user_id", body.getString("user_id"));
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("error", error)
                .put("message", error == 0 ? "Success" : "scripted error").put("data", error == 0 ? data : null)
                .encode());
    }

    /** The next answers on {@code path}: Zalo error codes (0 for success) or HTTP statuses (500 and up). */
    public void script(String path, Integer... answers) {
        script.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(java.util.List.of(answers));
    }

    public java.util.List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    public void reset() {
        calls.clear();
        script.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
