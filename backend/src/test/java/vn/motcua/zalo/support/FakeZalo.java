package vn.motcua.notification;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local fake of Zalo's servers (error codes as docs/zalo-setup.md section 6 lists them): consultation and template
 * messages by user id
 * on the OpenAPI host, templates by phone and template info on the business host, the OA token endpoint on the
 * OAuth host. It answers like Zalo (HTTP 200 with an error code in the body) and behaves like it:
 * <ul>
 *   <li>a script of answers per path: Zalo error codes, or HTTP statuses (500 and up) for a 5xx burst;</li>
 *   <li>access tokens declared dead are refused with {@code -216} on every call;</li>
 *   <li>registered templates check their typed parameters: {@code -1122} missing, {@code -1121} too long,
 *       {@code -1124} not of the type (NUMBER: digits only; DATE: dd/mm/yyyy);</li>
 *   <li>the token endpoint rotates single-use refresh tokens, or refuses with the codes it is given.</li>
 * </ul>
 */
public final class FakeZalo {
    public static final String CONSULTATION = "/v3.0/oa/message/cs";
    public static final String TEMPLATE_USER = "/v3.0/oa/message/template";
    public static final String TEMPLATE_PHONE = "/business/message/template";
    public static final String TEMPLATE_INFO = "/business/template/info/v2";
    public static final String TOKEN = "/oauth/v4/oa/access_token";
    public static final int PORT = freePort();
    private static FakeZalo instance;

    /** A request the fake received, and what it answered: 0, a Zalo error code, or an HTTP status of 500 and up. */
    public record Call(String path, String token, JsonObject body, int answer) {
        public boolean succeeded() {
            return answer == 0;
        }
    }

    /** A parameter of a template registered with the fake, as Zalo's template info lists it. */
    public record Param(String name, String type, int maxLength) {
    }

    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Integer>> script = new ConcurrentHashMap<>();
    private final Set<String> deadTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.List<Param>> templates = new ConcurrentHashMap<>();
    private final Queue<Integer> tokenRefusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String validRefreshToken;
    private final Vertx vertx = Vertx.vertx();

    public static synchronized FakeZalo start() {
        if (instance == null) {
            instance = new FakeZalo();
            HttpServer server = instance.vertx.createHttpServer().requestHandler(request ->
                    request.body().onSuccess(body -> instance.answer(request, body)));
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

    private void answer(HttpServerRequest request, Buffer raw) {
        String path = request.path();
        if (path.equals(TOKEN)) {
            token(request, raw.toString());
            return;
        }
        JsonObject body = raw.length() == 0 ? new JsonObject() : raw.toJsonObject();
        if (path.equals(TEMPLATE_INFO)) {
            body.put("template_id", request.getParam("template_id"));
        }
        String token = request.getHeader("access_token");
        Integer scripted = script.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
        if (scripted != null && scripted >= 500) {
            calls.add(new Call(path, token, body, scripted));
            request.response().setStatusCode(scripted).end("unavailable");
            return;
        }
        int error = scripted != null ? scripted : deadTokens.contains(String.valueOf(token)) ? -216 : check(path, body);
        calls.add(new Call(path, token, body, error));
        JsonObject data = error != 0 ? null : data(path, body);
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("error", error)
                .put("message", error == 0 ? "Success" : "refused (" + error + ")").put("data", data).encode());
    }

    private JsonObject data(String path, JsonObject body) {
        if (path.equals(TEMPLATE_INFO)) {
            JsonArray params = new JsonArray();
            templates.getOrDefault(body.getString("template_id"), java.util.List.of()).forEach(p -> params.add(
                    new JsonObject().put("name", p.name()).put("require", true).put("type", p.type())
                            .put("maxLength", p.maxLength()).put("minLength", 0).put("acceptNull", false)));
            return new JsonObject().put("templateId", body.getString("template_id"))
                    .put("templateName", "Mẫu " + body.getString("template_id")).put("status", "ENABLE")
                    .put("listParams", params);
        }
        String id = "fake-" + ids.incrementAndGet();
        return path.equals(TEMPLATE_PHONE) ? new JsonObject().put("msg_id", id)
                : new JsonObject().put("message_id", id).put("user_id", body.getString("user_id"));
    }

    /** A registered template's typed parameters, checked as Zalo checks them. */
    private int check(String path, JsonObject body) {
        if (!path.equals(TEMPLATE_USER) && !path.equals(TEMPLATE_PHONE)) {
            return 0;
        }
        java.util.List<Param> params = templates.get(body.getString("template_id"));
        if (params == null) {
            return 0;
        }
        JsonObject data = body.getJsonObject("template_data", new JsonObject());
        for (Param p : params) {
            Object value = data.getValue(p.name());
            if (value == null || value.toString().isEmpty()) {
                return -1122;
            }
            String text = value.toString();
            if (text.codePointCount(0, text.length()) > p.maxLength()) {
                return -1121;
            }
            if (p.type().equals("NUMBER") && !text.matches("\\d+")) {
                return -1124;
            }
            if (p.type().equals("DATE") && !text.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return -1124;
            }
        }
        return 0;
    }

    private void token(HttpServerRequest request, String form) {
        Map<String, String> fields = new ConcurrentHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Integer refusal = tokenRefusals.poll();
        boolean accepted = refusal == null && fields.getOrDefault("refresh_token", "").equals(validRefreshToken);
        calls.add(new Call(TOKEN, null, new JsonObject(new java.util.HashMap<>(fields)), accepted ? 0 : -1));
        JsonObject answer;
        if (accepted) {
            int n = issued.incrementAndGet();
            validRefreshToken = "fake-refresh-" + n;
            answer = new JsonObject().put("access_token", "fake-access-" + n).put("refresh_token", validRefreshToken)
                    .put("expires_in", "90000");
        } else {
            int code = refusal != null ? refusal : -14002;
            // Zalo's refusals come in several shapes: a number, or the number as a string
            answer = new JsonObject().put("error", code % 2 == 0 ? (Object) code : String.valueOf(code))
                    .put("error_name", "Invalid refresh token").put("error_description", "refused (" + code + ")");
        }
        request.response().putHeader("Content-Type", "application/json").end(answer.encode());
    }

    /** The next answers on {@code path}: Zalo error codes (0 for success) or HTTP statuses (500 and up). */
    public void script(String path, Integer... answers) {
        script.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(java.util.List.of(answers));
    }

    /** Every call made with this access token is refused with -216 (expired or revoked). */
    public void killToken(String accessToken) {
        deadTokens.add(accessToken);
    }

    /** The one refresh token the token endpoint takes now (single use: it answers a new one). */
    public void acceptRefreshToken(String refreshToken) {
        validRefreshToken = refreshToken;
    }

    /** The token endpoint's next answers are refusals with these codes, whatever the refresh token. */
    public void refuseTokens(Integer... codes) {
        tokenRefusals.addAll(java.util.List.of(codes));
    }

    /** Registers an approved template with typed parameters: sends are checked against them. */
    public void template(String templateId, Param... params) {
        templates.put(templateId, java.util.List.of(params));
    }

    public java.util.List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    public void reset() {
        calls.clear();
        script.clear();
        deadTokens.clear();
        templates.clear();
        tokenRefusals.clear();
        validRefreshToken = null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
