package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpServer;
import io.vertx.mutiny.core.http.HttpServerRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The live client against a local fake that answers like Zalo: HTTP 200 with an error code in the body. */
class LiveMessengerTest {
    private Vertx vertx;
    private HttpServer server;
    private final ConcurrentLinkedQueue<JsonObject> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> tokensSeen = new ConcurrentLinkedQueue<>();
    private volatile BiConsumer<HttpServerRequest, JsonObject> script;
    private final AtomicReference<String> storedToken = new AtomicReference<>("token-1");
    private final ConcurrentLinkedQueue<String> renewals = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();
    private volatile java.util.function.Supplier<Uni<String>> renewal =
            () -> Uni.createFrom().failure(ZaloApiException.oaDisconnected(-14002, "refresh token is dead"));
    private LiveMessenger messenger;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> request.body().subscribe().with(body -> {
            paths.add(request.path());
            JsonObject json = body.toJsonObject();
            received.add(json);
            tokensSeen.add(String.valueOf(request.getHeader("access_token")));
            script.accept(request, json);
        })).listenAndAwait(0, "127.0.0.1");
        messenger = new LiveMessenger(vertx, () -> Uni.createFrom().item(storedToken.get()), refused -> {
            renewals.add(String.valueOf(refused));
            return renewal.get();
        }, new LiveMessenger.Endpoints("http://127.0.0.1:" + server.actualPort() + "/",
                "http://127.0.0.1:" + server.actualPort() + "/business"), Duration.ofMillis(800),
                new CallGate(100_000, 3, Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
    }

    private static void answer(HttpServerRequest request, int error, String message) {
        request.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                .endAndForget(new JsonObject().put("error", error).put("message", message)
                        .put("data", error == 0 ? new JsonObject().put("message_id", "mid-42") : null).encode());
    }

    private String send() {
        return messenger.sendConsultation(ZaloMessage.text("2468458835296197922", "Hồ sơ đã được tiếp nhận",
                List.of(ZaloButton.openUrl("Xem", "https://example.vn/tra-cuu/X")))).await().atMost(Duration.ofSeconds(5));
    }

    private ZaloApiException failure() {
        return catchThrowableOfType(ZaloApiException.class, this::send);
    }

    @Test
    void sendsTheDocumentedBodyWithTheAccessTokenHeader() {
        script = (request, body) -> answer(request, 0, "Success");
        assertThat(send()).isEqualTo("mid-42");
        JsonObject body = received.peek();
        assertThat(body.getJsonObject("recipient").getString("user_id")).isEqualTo("2468458835296197922");
        assertThat(body.getJsonObject("message").getString("text")).isEqualTo("Hồ sơ đã được tiếp nhận");
        assertThat(body.getJsonObject("message").getJsonObject("attachment").getJsonObject("payload")
                .getJsonArray("buttons").getJsonObject(0).getJsonObject("payload").getString("url"))
                .isEqualTo("https://example.vn/tra-cuu/X");
        assertThat(tokensSeen).containsExactly("token-1");
        assertThat(paths).containsExactly("/v3.0/oa/message/cs");
    }

    @Test
    void templatesGoByUserIdAndByPhoneWithOurTrackingId() {
        script = (request, body) -> answer(request, 0, "Success");
        String byUser = messenger.sendTemplateToUser(TemplateMessage.toUser("2468458835296197922", "301001",
                java.util.Map.of("ma_ho_so", "000.00.22.H12-261120-0007"), "preview"))
                .await().atMost(Duration.ofSeconds(5));
        String byPhone = messenger.sendTemplateToPhone(TemplateMessage.toPhone("84912345678", "301002",
                java.util.Map.of("ma_ho_so", "X"), "mc-abc", "preview")).await().atMost(Duration.ofSeconds(5));
        assertThat(byUser).isEqualTo("mid-42");
        assertThat(byPhone).isEqualTo("mid-42");
        assertThat(paths).containsExactly("/v3.0/oa/message/template", "/business/message/template");
        JsonObject user = received.poll();
        JsonObject phone = received.poll();
        assertThat(user.getString("user_id")).isEqualTo("2468458835296197922");
        assertThat(user.getString("template_id")).isEqualTo("301001");
        assertThat(user.getJsonObject("template_data").getString("ma_ho_so")).isEqualTo("000.00.22.H12-261120-0007");
        assertThat(phone.getString("phone")).isEqualTo("84912345678");
        assertThat(phone.getString("tracking_id")).isEqualTo("mc-abc");
    }

    @Test
    void aZaloThatKeepsFailingOpensTheCircuitAndIsNotCalledDuringThePause() {
        script = (request, body) -> request.response().setStatusCode(503).endAndForget("down");
        for (int i = 0; i < 3; i++) {
            assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        }
        int callsBefore = paths.size();
        ZaloApiException refused = failure();
        assertThat(refused.getMessage()).contains("circuit open");
        assertThat(refused.notCalled()).isTrue();
        assertThat(refused.circuitOpenFor()).isPositive();
        assertThat(paths).hasSize(callsBefore);
    }

    @Test
    void errorsInAnHttp200BodyAreClassified() {
        int[][] cases = {{-32, 1}, {-211, 1}, {-230, 2}, {-232, 2}, {-213, 2}, {-201, 3}, {-217, 3}, {-227, 3}};
        ZaloErrorClass[] classes = ZaloErrorClass.values();
        for (int[] c : cases) {
            script = (request, body) -> answer(request, c[0], "refused");
            ZaloApiException e = failure();
            assertThat(e.code()).isEqualTo(c[0]);
            assertThat(e.errorClass()).as("class of %d", c[0]).isEqualTo(classes[c[1]]);
        }
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheMessageStillGoes() {
        renewal = () -> Uni.createFrom().item("token-2");
        script = (request, body) -> {
            boolean old = "token-1".equals(request.getHeader("access_token"));
            answer(request, old ? -220 : 0, old ? "Access token is expired" : "Success");
        };
        assertThat(send()).isEqualTo("mid-42");
        assertThat(tokensSeen).containsExactly("token-1", "token-2");
        assertThat(renewals).containsExactly("token-1");
    }

    @Test
    void aSecondTokenErrorIsFinal() {
        renewal = () -> Uni.createFrom().item("token-2");
        script = (request, body) -> answer(request, -216, "Access token is invalid");
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.REFRESH_AND_RETRY);
        assertThat(tokensSeen).containsExactly("token-1", "token-2");
        assertThat(renewals).hasSize(1);
    }

    @Test
    void aFailedRefreshFailsTheMessageAfterOneCall() {
        script = (request, body) -> answer(request, -216, "Access token is invalid");
        ZaloApiException refused = failure();
        assertThat(refused.code()).isEqualTo(-14002);
        assertThat(refused.errorClass()).isEqualTo(ZaloErrorClass.OA_DISCONNECTED);
        assertThat(tokensSeen).hasSize(1);
    }

    @Test
    void serverErrorsUnreadableAnswersAndSilenceAreRetryLater() {
        script = (request, body) -> request.response().setStatusCode(502).endAndForget("Bad gateway");
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        script = (request, body) -> request.response().setStatusCode(200).endAndForget("<html>maintenance</html>");
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        script = (request, body) -> { };
        long start = System.nanoTime();
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void withNoStoredTokenTheFirstTokenIsObtainedBeforeSending() {
        storedToken.set(null);
        renewal = () -> Uni.createFrom().item("token-first");
        script = (request, body) -> answer(request, 0, "Success");
        assertThat(send()).isEqualTo("mid-42");
        assertThat(renewals).containsExactly("null");
        assertThat(tokensSeen).containsExactly("token-first");
    }

    @Test
    void consultationTextsAreCheckedAfterNfcNormalisation() {
        String decomposed = java.text.Normalizer.normalize("ệ", java.text.Normalizer.Form.NFD).repeat(2000);
        assertThat(decomposed.length()).isGreaterThan(2000);
        assertThat(ZaloMessage.text("u", decomposed, List.of()).text()).hasSize(2000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ZaloMessage.text("u", "a".repeat(2001), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2001");
    }
}
