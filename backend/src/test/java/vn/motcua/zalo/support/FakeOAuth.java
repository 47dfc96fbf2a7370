package vn.motcua.zalo.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link FakeZalo}'s OAuth host ({@code /oauth}): the token endpoint. It rotates single-use refresh tokens, or
 * refuses with the codes a test gives it, and exchanges an authorisation code once, checking the App Secret and the
 * PKCE verifier against the challenge the admin's browser was sent with.
 */
public final class FakeOAuth {
    private final FakeZalo zalo;
    private final Vertx vertx;
    private final Queue<Integer> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String validRefreshToken;
    /** PKCE: the code Zalo gave the admin's browser, and the challenge it was given with. */
    public volatile String authorizationCode;
    public volatile String codeChallenge;
    /** The last form posted to the token endpoint, as sent. */
    public volatile String lastTokenForm;
    /** How long the token endpoint takes to answer a refresh. */
    public volatile Duration tokenLatency = Duration.ZERO;

    FakeOAuth(FakeZalo zalo, Vertx vertx) {
        this.zalo = zalo;
        this.vertx = vertx;
    }

    /** The one refresh token the token endpoint takes now (single use: it answers a new one). */
    public void acceptRefreshToken(String refreshToken) {
        validRefreshToken = refreshToken;
    }

    /** The token endpoint's next answers are refusals with these codes, whatever the refresh token. */
    public void refuseTokens(Integer... codes) {
        refusals.addAll(List.of(codes));
    }

    void reset() {
        refusals.clear();
        validRefreshToken = null;
        authorizationCode = null;
        codeChallenge = null;
        lastTokenForm = null;
        tokenLatency = Duration.ZERO;
        issued.set(0);
    }

    void answer(HttpServerRequest request, String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        lastTokenForm = form;
        if ("authorization_code".equals(fields.get("grant_type"))) {
            exchangeCode(request, fields);
            return;
        }
        Integer refusal = refusals.poll();
        boolean accepted = refusal == null && fields.getOrDefault("refresh_token", "").equals(validRefreshToken);
        // a token call's credential is the App Secret in its secret_key header
        zalo.record(new FakeZalo.Call(FakeZalo.TOKEN, request.getHeader("secret_key"),
                new JsonObject(new HashMap<>(fields)), accepted ? 0 : -1));
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
        long latency = tokenLatency.toMillis();
        if (latency > 0) { // so that concurrent refreshes really overlap
            vertx.setTimer(latency, t -> json(request, answer));
        } else {
            json(request, answer);
        }
    }

    /** PKCE S256: the code is exchanged once, with the App Secret and the verifier of the challenge given. */
    private void exchangeCode(HttpServerRequest request, Map<String, String> fields) {
        boolean ok = FakeZalo.APP_SECRET.equals(request.getHeader("secret_key"))
                && fields.get("code") != null && fields.get("code").equals(authorizationCode)
                && codeChallenge != null && codeChallenge.equals(s256(fields.getOrDefault("code_verifier", "")));
        zalo.record(new FakeZalo.Call(FakeZalo.TOKEN, null, new JsonObject(new HashMap<>(fields)), ok ? 0 : -14019));
        if (ok) {
            authorizationCode = null; // single use
            json(request, new JsonObject().put("access_token", "oa-access-granted")
                    .put("refresh_token", "oa-refresh-granted").put("expires_in", "90000"));
        } else {
            json(request, new JsonObject().put("error", -14019)
                    .put("message", "Invalid authorization code or verifier"));
        }
    }

    private static void json(HttpServerRequest request, JsonObject answer) {
        request.response().putHeader("Content-Type", "application/json").end(answer.encode());
    }

    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
