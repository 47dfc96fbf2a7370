package vn.motcua.zalo.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one local fake of Zalo's servers for every test (error codes as docs/zalo-setup.md section 6 lists them),
 * all on one port: the OpenAPI host at the root (consultation and template messages by user id, user details),
 * the business host under {@code /business} (templates by phone, template info), the OAuth host under
 * {@code /oauth} (the token endpoint), graph.zalo.me under {@code /graph} (the Mini App's user and phone) and the
 * media CDN under {@code /media} (the photos citizens send, which the bot downloads).
 * It answers like Zalo (HTTP 200 with an error code in the body) and behaves like it:
 * <ul>
 *   <li>a script of answers per path: Zalo error codes, or HTTP statuses (500 and up) for a 5xx burst;</li>
 *   <li>access tokens declared dead are refused with {@code -216} on every OA call;</li>
 *   <li>registered templates check their typed parameters: {@code -1122} missing, {@code -1121} too long,
 *       {@code -1124} not of the type (NUMBER: digits only; DATE: dd/mm/yyyy);</li>
 *   <li>the token endpoint ({@link FakeOAuth}) rotates single-use refresh tokens, or refuses with the codes it is
 *       given; it exchanges an authorisation code once, checking the PKCE verifier against the challenge;</li>
 *   <li>graph checks {@code appsecret_proof}; phone tokens are single-use;</li>
 *   <li>the media CDN ({@link FakeMedia}) serves the files a test registers, and 404 for any other.</li>
 * </ul>
 */
public final class FakeZalo {
    public static final String CONSULTATION = "/v3.0/oa/message/cs";
    public static final String TEMPLATE_USER = "/v3.0/oa/message/template";
    public static final String TEMPLATE_PHONE = "/business/message/template";
    public static final String TEMPLATE_INFO = "/business/template/info/v2";
    public static final String TOKEN = "/oauth/v4/oa/access_token";
    public static final String USER_DETAIL = "/v3.0/oa/user/detail";
    public static final String GRAPH_ME = "/graph/v2.0/me";
    public static final String GRAPH_PHONE = "/graph/v2.0/me/info";
    /** The App Secret the fake expects: graph's proof and the token endpoint's {@code secret_key}. */
    public static final String APP_SECRET = "fake-app-secret";
    /** Zalo user tokens the fake knows: token -> app-scoped user id. */
    public static final Map<String, String> USERS = Map.of("token-an", "app-user-an", "token-binh", "app-user-binh");
    /** OA user ids the fake knows: OA id -> app-scoped user id. */
    public static final Map<String, String> OA_USERS = Map.of("oa-an", "app-user-an", "oa-binh", "app-user-binh",
            "2468458835296197922", "5521772797175877301");
    public static final int PORT = freePort();
    /** A scripted answer: HTTP 200 whose body is not JSON (Zalo's maintenance pages). */
    public static final int UNREADABLE = 1;
    /** A scripted answer: none at all, the call hangs until the caller gives up. */
    public static final int SILENCE = 2;
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
    private final ZaloOpenApi openApi = new ZaloOpenApi(this);
    /** graph.zalo.me's {@code /v2.0/me} calls (the sign-in cache is tested by counting them). */
    public final AtomicInteger meCalls = new AtomicInteger();
    /** Phone tokens the graph host takes once: {@code code|user token} -> number. */
    public final Map<String, String> phoneTokens = new ConcurrentHashMap<>();
    private final Vertx vertx = Vertx.vertx();
    /** The OAuth host: the token endpoint's refresh tokens, refusals, latency and PKCE exchange. */
    public final FakeOAuth oauth = new FakeOAuth(this, vertx);
    private final int port;
    /** The media CDN: the photos citizens' image events point at. */
    public final FakeMedia media;

    /** The fake shared by the Quarkus tests ({@link FakeZaloProfile} points the application at it). */
    public static synchronized FakeZalo start() {
        if (instance == null) {
            instance = listen(PORT);
        }
        return instance;
    }

    /** A fake of one's own on a free port, for a unit test that must not share calls with a running application. */
    public static FakeZalo startPrivate() {
        return listen(freePort());
    }

    private static FakeZalo listen(int port) {
        FakeZalo fake = new FakeZalo(port);
        HttpServer server = fake.vertx.createHttpServer().requestHandler(request ->
                request.body().onSuccess(body -> fake.answer(request, body)));
        try {
            server.listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake Zalo did not start", e);
        }
        return fake;
    }

    private FakeZalo(int port) {
        this.port = port;
        this.media = new FakeMedia(baseUrl(""));
    }

    /** The shared fake's URL under {@code prefix} ("" OpenAPI, "/business", "/oauth", "/graph"). */
    public static String url(String prefix) {
        return "http://127.0.0.1:" + PORT + prefix;
    }

    /** This fake's URL under {@code prefix}. */
    public String baseUrl(String prefix) {
        return "http://127.0.0.1:" + port + prefix;
    }

    public void stop() {
        vertx.close();
    }

    private void answer(HttpServerRequest request, Buffer raw) {
        String path = request.path();
        if (path.equals(TOKEN)) {
            oauth.answer(request, raw.toString());
        } else if (path.startsWith("/graph/")) {
            ZaloGraph.answer(this, request);
        } else if (path.startsWith(FakeMedia.PREFIX)) {
            media.answer(request);
        } else {
            openApi.answer(request, raw);
        }
    }

    void record(Call call) {
        calls.add(call);
    }

    /**
     * The next answers on {@code path}: Zalo error codes (0 for success), HTTP statuses (500 and up),
     * {@link #UNREADABLE} or {@link #SILENCE}.
     */
    public void script(String path, Integer... answers) {
        openApi.script(path, List.of(answers));
    }

    /** Every call made with this access token is refused with -216 (expired or revoked). */
    public void killToken(String accessToken) {
        openApi.killToken(accessToken);
    }

    /** Registers an approved template with typed parameters: sends are checked against them. */
    public void template(String templateId, Param... params) {
        openApi.template(templateId, List.of(params));
    }

    /** Every call, in the order the fake received them. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    public void reset() {
        calls.clear();
        openApi.reset();
        media.clear();
        oauth.reset();
        meCalls.set(0);
        phoneTokens.clear();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
