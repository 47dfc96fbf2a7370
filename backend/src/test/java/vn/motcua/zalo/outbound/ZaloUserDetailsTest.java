package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.zalo.support.FakeZalo;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** User detail through the gateway against the fake Zalo: the query as Zalo expects it, one token refresh, errors classified. */
class ZaloUserDetailsTest {
    private Vertx vertx;
    private FakeZalo zalo;
    private final ConcurrentLinkedQueue<String> renewals = new ConcurrentLinkedQueue<>();
    private final CallGate gate = new CallGate(100_000, 3, Duration.ofSeconds(30));
    private ZaloUserDetails details;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        zalo = FakeZalo.startPrivate();
        details = new ZaloUserDetails(new OaApi(new ZaloGateway(vertx, gate, Duration.ofSeconds(2)),
                () -> Uni.createFrom().item("token-1"), refused -> {
                    renewals.add(String.valueOf(refused));
                    return Uni.createFrom().item("token-2");
                }), zalo.baseUrl(""));
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
        zalo.stop();
    }

    @Test
    void readsTheProfileWithIdsAsStrings() {
        ZaloUserDetails.UserDetail detail = details.detail("2468458835296197922").await().atMost(Duration.ofSeconds(5));
        assertThat(detail).isEqualTo(new ZaloUserDetails.UserDetail("2468458835296197922", "5521772797175877301",
                "Người dân 2468458835296197922", "https://s240.zdn.vn/2468458835296197922.jpg", true, "26/11/2026"));
        assertThat(zalo.calls(FakeZalo.USER_DETAIL)).extracting(FakeZalo.Call::body)
                .containsExactly(new JsonObject().put("user_id", "2468458835296197922"));
        assertThat(renewals).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefreshedOnceThenOtherErrorsAreFinal() {
        zalo.killToken("token-1");
        assertThat(details.detail("2468458835296197922").await().atMost(Duration.ofSeconds(5)).displayName())
                .isEqualTo("Người dân 2468458835296197922");
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
        ZaloUserDetails gated = new ZaloUserDetails(new OaApi(new ZaloGateway(vertx, spent, Duration.ofSeconds(2)),
                () -> Uni.createFrom().item("token-1"), refused -> Uni.createFrom().item("token-2")), zalo.baseUrl(""));
        ZaloApiException e = catchThrowableOfType(ZaloApiException.class,
                () -> gated.detail("2468458835296197922").await().atMost(Duration.ofSeconds(5)));
        assertThat(e.errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        assertThat(zalo.calls()).isEmpty();
    }
}
