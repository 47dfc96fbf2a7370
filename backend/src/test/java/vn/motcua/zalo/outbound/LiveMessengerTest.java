package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.zalo.support.FakeZalo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The live messenger through the gateway against the fake Zalo: HTTP 200 with an error code in the body. */
class LiveMessengerTest {
    private Vertx vertx;
    private FakeZalo zalo;
    private final AtomicReference<String> storedToken = new AtomicReference<>("token-1");
    private final ConcurrentLinkedQueue<String> renewals = new ConcurrentLinkedQueue<>();
    private volatile java.util.function.Supplier<Uni<String>> renewal =
            () -> Uni.createFrom().failure(ZaloApiException.oaDisconnected(-14002, "refresh token is dead"));
    private LiveMessenger messenger;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        zalo = FakeZalo.startPrivate();
        ZaloGateway gateway = new ZaloGateway(vertx, new CallGate(100_000, 3, Duration.ofSeconds(30)),
                Duration.ofMillis(800));
        messenger = new LiveMessenger(new OaApi(gateway, () -> Uni.createFrom().item(storedToken.get()), refused -> {
            renewals.add(String.valueOf(refused));
            return renewal.get();
        }), new LiveMessenger.Endpoints(zalo.baseUrl("/"), zalo.baseUrl("/business")), false);
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
        zalo.stop();
    }

    private String send() {
        return messenger.sendConsultation(ZaloMessage.text("2468458835296197922", "Hồ sơ đã được tiếp nhận",
                List.of(ZaloButton.openUrl("Xem", "https://example.vn/tra-cuu/X")))).await().atMost(Duration.ofSeconds(5));
    }

    private ZaloApiException failure() {
        return catchThrowableOfType(ZaloApiException.class, this::send);
    }

    private List<String> tokensSeen() {
        return zalo.calls().stream().map(FakeZalo.Call::token).toList();
    }

    @Test
    void sendsTheDocumentedBodyWithTheAccessTokenHeader() {
        assertThat(send()).startsWith("fake-");
        JsonObject body = zalo.calls(FakeZalo.CONSULTATION).get(0).body();
        assertThat(body.getJsonObject("recipient").getString("user_id")).isEqualTo("2468458835296197922");
        assertThat(body.getJsonObject("message").getString("text")).isEqualTo("Hồ sơ đã được tiếp nhận");
        assertThat(body.getJsonObject("message").getJsonObject("attachment").getJsonObject("payload")
                .getJsonArray("buttons").getJsonObject(0).getJsonObject("payload").getString("url"))
                .isEqualTo("https://example.vn/tra-cuu/X");
        assertThat(tokensSeen()).containsExactly("token-1");
        assertThat(zalo.calls().stream().map(FakeZalo.Call::path)).containsExactly(FakeZalo.CONSULTATION);
    }

    @Test
    void templatesGoByUserIdAndByPhoneWithOurTrackingId() {
        String byUser = messenger.sendTemplateToUser(TemplateMessage.toUser("2468458835296197922", "301001",
                java.util.Map.of("ma_ho_so", "000.00.22.H12-261120-0007"), "preview"))
                .await().atMost(Duration.ofSeconds(5));
        String byPhone = messenger.sendTemplateToPhone(TemplateMessage.toPhone("84912345678", "301002",
                java.util.Map.of("ma_ho_so", "X"), "mc-abc", "preview")).await().atMost(Duration.ofSeconds(5));
        assertThat(byUser).startsWith("fake-");
        assertThat(byPhone).startsWith("fake-");
        assertThat(zalo.calls().stream().map(FakeZalo.Call::path))
                .containsExactly(FakeZalo.TEMPLATE_USER, FakeZalo.TEMPLATE_PHONE);
        JsonObject user = zalo.calls(FakeZalo.TEMPLATE_USER).get(0).body();
        JsonObject phone = zalo.calls(FakeZalo.TEMPLATE_PHONE).get(0).body();
        assertThat(user.getString("user_id")).isEqualTo("2468458835296197922");
        assertThat(user.getString("template_id")).isEqualTo("301001");
        assertThat(user.getJsonObject("template_data").getString("ma_ho_so")).isEqualTo("000.00.22.H12-261120-0007");
        assertThat(phone.getString("phone")).isEqualTo("84912345678");
        assertThat(phone.getString("tracking_id")).isEqualTo("mc-abc");
    }

    @Test
    void aZaloThatKeepsFailingOpensTheCircuitAndIsNotCalledDuringThePause() {
        zalo.script(FakeZalo.CONSULTATION, 503, 503, 503, 503);
        for (int i = 0; i < 3; i++) {
            assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        }
        int callsBefore = zalo.calls().size();
        ZaloApiException refused = failure();
        assertThat(refused.getMessage()).contains("circuit open");
        assertThat(refused.notCalled()).isTrue();
        assertThat(refused.circuitOpenFor()).isPositive();
        assertThat(zalo.calls()).hasSize(callsBefore);
    }

    @Test
    void errorsInAnHttp200BodyAreClassified() {
        int[][] cases = {{-32, 1}, {-211, 1}, {-230, 2}, {-232, 2}, {-213, 2}, {-201, 3}, {-217, 3}, {-227, 3}};
        ZaloErrorClass[] classes = ZaloErrorClass.values();
        for (int[] c : cases) {
            zalo.script(FakeZalo.CONSULTATION, c[0]);
            ZaloApiException e = failure();
            assertThat(e.code()).isEqualTo(c[0]);
            assertThat(e.errorClass()).as("class of %d", c[0]).isEqualTo(classes[c[1]]);
        }
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheMessageStillGoes() {
        renewal = () -> Uni.createFrom().item("token-2");
        zalo.killToken("token-1");
        assertThat(send()).startsWith("fake-");
        assertThat(tokensSeen()).containsExactly("token-1", "token-2");
        assertThat(renewals).containsExactly("token-1");
    }

    @Test
    void aSecondTokenErrorIsFinal() {
        renewal = () -> Uni.createFrom().item("token-2");
        zalo.killToken("token-1");
        zalo.killToken("token-2");
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.REFRESH_AND_RETRY);
        assertThat(tokensSeen()).containsExactly("token-1", "token-2");
        assertThat(renewals).hasSize(1);
    }

    @Test
    void aFailedRefreshFailsTheMessageAfterOneCall() {
        zalo.killToken("token-1");
        ZaloApiException refused = failure();
        assertThat(refused.code()).isEqualTo(-14002);
        assertThat(refused.errorClass()).isEqualTo(ZaloErrorClass.OA_DISCONNECTED);
        assertThat(tokensSeen()).hasSize(1);
    }

    @Test
    void serverErrorsUnreadableAnswersAndSilenceAreRetryLater() {
        zalo.script(FakeZalo.CONSULTATION, 502, FakeZalo.UNREADABLE, FakeZalo.SILENCE);
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        long start = System.nanoTime();
        assertThat(failure().errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void withNoStoredTokenTheFirstTokenIsObtainedBeforeSending() {
        storedToken.set(null);
        renewal = () -> Uni.createFrom().item("token-first");
        assertThat(send()).startsWith("fake-");
        assertThat(renewals).containsExactly("null");
        assertThat(tokensSeen()).containsExactly("token-first");
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
