package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** User detail against a fake OpenAPI: the query as Zalo expects it, token refresh once, errors classified. */
class ZaloUserDetailsTest {
    private Vertx vertx;
    private final ConcurrentLinkedQueue<String> queries = new ConcurrentLinkedQueue<>();
    private final AtomicReference<String> validToken = new AtomicReference<>("token-1");
    private final ConcurrentLinkedQueue<String> renewals = new ConcurrentLinkedQueue<>();
    private final CallGate gate = new CallGate(100_000, 3, Duration.ofSeconds(30));
    private ZaloUserDetails details;
    private String url;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            assertThat(request.path()).isEqualTo("/v3.0/oa/user/detail");
            queries.add(request.getParam("data"));
            String userId = new JsonObject(request.getParam("data")).getString("user_id");
            JsonObject answer;
            if (!validToken.get().equals(request.getHeader("access_token"))) {
                answer = new JsonObject().put("error", -216).put("message", "Access token is invalid");
            } else if (!"2468458835296197922".equals(userId)) {
                answer = new JsonObject().put("error", -201).put("message", "user_id is invalid");
            } else {
                answer = new JsonObject().put("error", 0).put("message", "Success").put("data", new JsonObject()
                        .put("user_id", userId).put("user_id_by_app", "5521772797175877301")
                        .put("display_name", "Nguyễn Văn An").put("user_is_follower", true)
                        .put("avatar", "https://s240-ava-talk.zadn.vn/a.jpg").put("user_last_interaction_date", "26/11/2026"));
            }
            request.response().putHeader("Content-Type", "application/json").endAndForget(answer.encode());
        }).listenAndAwait(0, "127.0.0.1");
        url = "http://127.0.0.1:" + server.actualPort();
        details = new ZaloUserDetails(vertx, () -> Uni.createFrom().item("token-1"), refused -> {
            renewals.add(String.valueOf(refused));
            return Uni.createFrom().item("token-2");
        }, url, Duration.ofSeconds(2), gate);
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void readsTheProfileWithIdsAsStrings() {
        ZaloUserDetails.UserDetail detail = details.detail("2468458835296197922").await().atMost(Duration.ofSeconds(5));
        assertThat(detail).isEqualTo(new ZaloUserDetails.UserDetail("2468458835296197922", "5521772797175877301",
                "Nguyễn Văn An", "https://s240-ava-talk.zadn.vn/a.jpg", true, "26/11/2026"));
        assertThat(queries).containsExactly("{\"user_id\":\"2468458835296197922\"}");
        assertThat(renewals).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefreshedOnceThenOtherErrorsAreFinal() {
        validToken.set("token-2");
        assertThat(details.detail("2468458835296197922").await().atMost(Duration.ofSeconds(5)).displayName())
                .isEqualTo("Nguyễn Văn An");
        assertThat(renewals).containsExactly("token-1");
        ZaloApiException e = catchThrowableOfType(ZaloApiException.class,
                () -> details.detail("123").await().atMost(Duration.ofSeconds(5)));
        assertThat(e.code()).isEqualTo(-201);
        assertThat(e.errorClass()).isEqualTo(ZaloErrorClass.PERMANENT);
    }

    @Test
    void userDetailsSpendTheAppsCallBudgetLikeMessages() {
        // Zalo counts every OA API call of the app: with no slot left, the detail is not asked for
        CallGate spent = new CallGate(() -> Uni.createFrom().failure(CallBudget.queueFull("test")), 3,
                Duration.ofSeconds(30));
        ZaloUserDetails gated = new ZaloUserDetails(vertx, () -> Uni.createFrom().item("token-1"),
                refused -> Uni.createFrom().item("token-2"), url, Duration.ofSeconds(2), spent);
        ZaloApiException e = catchThrowableOfType(ZaloApiException.class,
                () -> gated.detail("2468458835296197922").await().atMost(Duration.ofSeconds(5)));
        assertThat(e.errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        assertThat(queries).isEmpty();
    }
}
