package vn.motcua.zalo.outbound;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.BaseUrls;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.zalo.ZaloSettings;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The OA's first connection, PKCE S256: an administrator is sent to Zalo's permission page with a challenge
 * and a state; Zalo sends their browser back with a code, which is exchanged with the verifier kept here
 * (never in the browser). The pair is stored, committed, before anything uses it.
 */
@ApplicationScoped
public class OaAuthorization {
    public static final String CALLBACK_PATH = "/zalo/oauth/callback";
    private static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OAuthStateStore states;
    private final ZaloGateway gateway;
    private final TokenRepository tokens;
    private final TokenRefresher refresher;
    private final vn.motcua.zalo.alarm.WaitingMessageStore waiting;
    private final ZaloSettings settings;
    private final String oauthUrl;
    private final String redirectUri;

    public OaAuthorization(OAuthStateStore states, ZaloGateway gateway, TokenRepository tokens, TokenRefresher refresher,
                           ZaloSettings settings, MotCuaConfig config, vn.motcua.zalo.alarm.WaitingMessageStore waiting) {
        this.states = states;
        this.waiting = waiting;
        this.tokens = tokens;
        this.refresher = refresher;
        this.settings = settings;
        this.gateway = gateway;
        this.oauthUrl = BaseUrls.withoutTrailingSlash(settings.config().oauthUrl());
        this.redirectUri = BaseUrls.withoutTrailingSlash(config.publicBaseUrl()) + CALLBACK_PATH;
    }

    /** Where to send the administrator: Zalo's permission page, with a fresh state and challenge. */
    public Uni<URI> start(String administrator) {
        String state = random(24);
        String verifier = random(32); // 43 characters, as Zalo's official SDKs make it
        return states.start(state, verifier, administrator, VietnamTime.now().plus(STATE_LIFETIME))
                .map(x -> URI.create(oauthUrl + "/v4/oa/permission?app_id=" + enc(settings.appId())
                        + "&redirect_uri=" + enc(redirectUri) + "&code_challenge=" + challenge(verifier)
                        + "&state=" + enc(state)));
    }

    /** Exchanges Zalo's code (the state is used up either way) and stores the pair; answers who started it. */
    public Uni<String> complete(String code, String state, String oaId) {
        if (state == null || state.isBlank() || state.length() > 64 || code == null || code.isBlank() || code.length() > 2048) {
            return Uni.createFrom().failure(ProblemException.badRequest(
                    "Thiếu mã xác thực hoặc mã trạng thái từ Zalo. Vui lòng kết nối lại từ trang quản trị."));
        }
        if (oaId != null && !oaId.isBlank() && !oaId.strip().equals(settings.oaId())) {
            Log.warnf("Zalo OA authorisation for OA %s refused: the configured OA is %s", oaId, settings.oaId());
            return Uni.createFrom().failure(ProblemException.badRequest(
                    "Official Account vừa cấp quyền không phải OA đã cấu hình (ZALO_OA_ID)."));
        }
        return states.take(state.strip())
                .flatMap(started -> {
                    if (started == null) {
                        return Uni.createFrom().failure(ProblemException.badRequest(
                                "Phiên kết nối không hợp lệ hoặc đã hết hạn (state). Vui lòng kết nối lại từ trang quản trị."));
                    }
                    return exchange(code.strip(), started.codeVerifier()).flatMap(pair -> store(pair))
                            .replaceWith(started.startedBy());
                });
    }

    /** A pair pasted by an administrator (obtained in Zalo's developer console). */
    public Uni<Void> store(TokenRefresher.TokenPair pair) {
        return tokens.store(pair.accessToken(), pair.refreshToken(),
                        VietnamTime.now().plusSeconds((long) pair.expiresInSeconds()))
                .call(refresher::pairStored)
                .call(() -> waiting.wake(vn.motcua.zalo.alarm.ZaloAlarm.OA_DISCONNECTED));
    }

    private Uni<TokenRefresher.TokenPair> exchange(String code, String verifier) {
        String form = "code=" + enc(code) + "&app_id=" + enc(settings.appId())
                + "&grant_type=authorization_code&code_verifier=" + enc(verifier);
        return gateway.tokenPost(oauthUrl + "/v4/oa/access_token", settings.appSecret(), form)
                .onFailure().transform(OaAuthorization::classify);
    }

    private static ProblemException classify(Throwable e) {
        if (e instanceof ZaloApiException z && z.code() != 0) {
            Log.warnf("Zalo refused the OA authorisation code: %s", z.getMessage());
            return new ProblemException(400, "zalo-code-refused", "Zalo từ chối mã xác thực",
                    "Zalo không chấp nhận mã xác thực (có thể đã dùng hoặc hết hạn). Vui lòng kết nối lại từ trang quản trị.");
        }
        Log.warnf("Zalo OA authorisation: token endpoint unavailable: %s", e.getMessage());
        return new ProblemException(503, "zalo-unavailable", "Zalo tạm thời không phản hồi",
                "Không kết nối được với Zalo. Vui lòng kết nối lại sau ít phút.");
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
