package vn.motcua.zalo.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import vn.motcua.common.Hashing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Zalo's graph, OpenAPI and OAuth servers that behaves as Zalo does: errors with HTTP 200 and
 * an error code in the body, appsecret_proof checked, phone tokens single-use, PKCE checked.
 */
public final class FakeZalo {
    public static final String APP_SECRET = "live-app-secret";
    public static final String OA_ACCESS = "oa-access-1";
    /** Zalo user tokens the fake knows: token -> app-scoped user id. */
    public static final Map<String, String> USERS = Map.of("token-an", "app-user-an", "token-binh", "app-user-binh");
    /** OA user ids the fake knows: OA id -> app-scoped user id. */
    public static final Map<String, String> OA_USERS = Map.of("oa-an", "app-user-an", "oa-binh", "app-user-binh");

    public final int port;
    public final AtomicInteger meCalls = new AtomicInteger();
    public final Map<String, String> phoneTokens = new ConcurrentHashMap<>();
    /** PKCE: the code Zalo gave the admin's browser, and the challenge it was given with. */
    public volatile String authorizationCode;
    public volatile String codeChallenge;
    public volatile String lastTokenForm;
    private final Vertx vertx = Vertx.vertx();
    private HttpServer server;

    public FakeZalo(int port) {
        this.port = port;
    }

    public FakeZalo start() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            JsonObject answer = switch (request.path()) {
                case "/v2.0/me" -> me(request);
                case "/v2.0/me/info" -> info(request);
                case "/v3.0/oa/user/detail" -> userDetail(request);
                case "/v4/oa/access_token" -> token(request, body.toString());
                default -> null;
            };
            if (answer == null) {
                request.response().setStatusCode("/v2.0/me".equals(request.path()) ? 500 : 404).end();
            } else {
                request.response().putHeader("Content-Type", "application/json").end(answer.encode());
            }
        }));
        server.listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return this;
    }

    public void stop() {
        vertx.close();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private JsonObject me(HttpServerRequest request) {
        meCalls.incrementAndGet();
        String token = request.getHeader("access_token");
        if ("token-zalo-down".equals(token)) {
            return null; // HTTP 500
        }
        String proof = token == null ? null : Hashing.hmacSha256Hex(APP_SECRET, token);
        if (token == null || !USERS.containsKey(token) || !proof.equals(request.getHeader("appsecret_proof"))
                || !"id,name,picture".equals(request.getParam("fields"))) {
            return new JsonObject().put("error", 452).put("message", "Access token is invalid or proof is wrong");
        }
        String id = USERS.get(token);
        return new JsonObject().put("id", id).put("name", id.equals("app-user-an") ? "Nguyễn Văn An" : "Trần Thị Bình")
                .put("picture", new JsonObject().put("data", new JsonObject().put("url", "https://s120.zdn.vn/a.jpg")));
    }

    private JsonObject info(HttpServerRequest request) {
        String token = request.getHeader("access_token");
        if (!APP_SECRET.equals(request.getHeader("secret_key")) || token == null || !USERS.containsKey(token)) {
            return new JsonObject().put("error", -124).put("message", "Invalid access token or secret");
        }
        String number = phoneTokens.remove(request.getHeader("code") + "|" + token); // single use
        return number == null ? new JsonObject().put("error", -201).put("message", "Invalid code")
                : new JsonObject().put("data", new JsonObject().put("number", number)).put("error", 0);
    }

    private JsonObject userDetail(HttpServerRequest request) {
        if (!OA_ACCESS.equals(request.getHeader("access_token"))) {
            return new JsonObject().put("error", -216).put("message", "Access token is invalid");
        }
        String userId = new JsonObject(request.getParam("data")).getString("user_id");
        String byApp = OA_USERS.get(userId);
        if (byApp == null) {
            return new JsonObject().put("error", -201).put("message", "user_id is invalid");
        }
        return new JsonObject().put("error", 0).put("message", "Success").put("data", new JsonObject()
                .put("user_id", userId).put("user_id_by_app", byApp).put("display_name", "Người dân " + userId)
                .put("user_is_follower", true).put("avatar", "https://s240.zdn.vn/" + userId + ".jpg")
                .put("user_last_interaction_date", "26/11/2026"));
    }

    private JsonObject token(HttpServerRequest request, String form) {
        lastTokenForm = form;
        Map<String, String> fields = new ConcurrentHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        boolean ok = APP_SECRET.equals(request.getHeader("secret_key"))
                && "authorization_code".equals(fields.get("grant_type"))
                && fields.get("code") != null && fields.get("code").equals(authorizationCode)
                && codeChallenge != null && codeChallenge.equals(s256(fields.getOrDefault("code_verifier", "")));
        if (!ok) {
            return new JsonObject().put("error", -14019).put("message", "Invalid authorization code or verifier");
        }
        authorizationCode = null; // single use
        return new JsonObject().put("access_token", "oa-access-granted").put("refresh_token", "oa-refresh-granted")
                .put("expires_in", "90000");
    }

    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
