package vn.motcua.zalo.outbound;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.Metrics;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/** Token rotation against the fake Zalo, whose refresh tokens are single-use, as Zalo's are. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class TokenRefresherTest {
    static final Class<?> DB = PostgresTest.class;

    @Inject
    vn.motcua.zalo.ZaloSettings settings;
    @Inject
    TokenRefresher refresher;
    @Inject
    Pool pool;
    @Inject
    Vertx vertx;
    @Inject
    vn.motcua.zalo.alarm.ZaloAlarms alarms;
    @Inject
    OaAuthorization authorization;

    private final FakeZalo zalo = FakeZalo.start();

    @BeforeEach
    void start() {
        ZaloEvents.reset();
        zalo.reset();
        // answer slowly, so that concurrent refreshes really overlap
        zalo.oauth.tokenLatency = Duration.ofMillis(150);
        alarms.reload().await().atMost(Duration.ofSeconds(5));
    }

    private List<FakeZalo.Call> tokenCalls() {
        return zalo.calls(FakeZalo.TOKEN);
    }

    @Test
    void theInitialRefreshTokenIsUsedOnceAndTheRotatedPairIsKept() {
        zalo.oauth.acceptRefreshToken("refresh-0");
        assertThat(refresher.refresh(null).await().atMost(Duration.ofSeconds(5))).isEqualTo("fake-access-1");
        assertThat(Db.column("select refresh_token || ':' || (access_expires_at > now() + interval '24 hours') "
                + "from zalo_token")).containsExactly("fake-refresh-1:true");
        assertThat(refresher.refresh("fake-access-1").await().atMost(Duration.ofSeconds(5))).isEqualTo("fake-access-2");
        // nothing stored is stale any more: no call, the stored token is the answer
        assertThat(refresher.refresh(null).await().atMost(Duration.ofSeconds(5))).isEqualTo("fake-access-2");
        assertThat(tokenCalls()).hasSize(2).allMatch(FakeZalo.Call::succeeded);
        assertThat(tokenCalls()).extracting(FakeZalo.Call::token)
                .as("the installation's own sandbox App Secret, never a published one")
                .containsOnly(settings.appSecret()).doesNotContain("sandbox-app-secret");
        RestAssured.get("/q/health/group/zalo").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void twoInstancesRefreshingAtOnceUseOneRefresh() {
        Db.execute("insert into zalo_token (id, access_token, refresh_token, access_expires_at) "
                + "values (1, 'access-old', 'refresh-old', now() - interval '1 minute')");
        zalo.oauth.acceptRefreshToken("refresh-old");
        ZaloGateway otherGateway = new ZaloGateway(vertx, new CallGate(100_000, 3, Duration.ofSeconds(30)),
                Duration.ofSeconds(3));
        TokenRefresher otherInstance = new TokenRefresher(new TokenRepository(pool), otherGateway, FakeZalo.url("/oauth"),
                ZaloTestProfile.APP_ID, "sandbox-app-secret", Optional.empty(), true, alarms,
                Duration.ofMinutes(30));
        List<String> tokens = Uni.combine().all().unis(refresher.refresh("access-old"), otherInstance.refresh("access-old"),
                refresher.refresh("access-old")).with(list -> list.stream().map(String::valueOf).toList())
                .await().atMost(Duration.ofSeconds(10));
        assertThat(tokens).containsOnly("fake-access-1");
        assertThat(tokenCalls()).hasSize(1);
        assertThat(Db.column("select refresh_token from zalo_token")).containsExactly("fake-refresh-1");
    }

    /**
     * Any refusal from the token endpoint means the OA is disconnected: the alarm is raised with Zalo's code, the
     * dead refresh token is not offered again on every message, and an administrator's new pair ends it. (Until
     * this change the same refused token was offered again at the next message, and a retry could "revive" it.)
     */
    @Test
    void aDeadRefreshTokenRaisesTheAlarmUntilAnAdministratorConnectsAgain() {
        Db.execute("insert into zalo_token (id, access_token, refresh_token, access_expires_at) "
                + "values (1, 'access-old', 'refresh-reused', now() - interval '1 minute')");
        zalo.oauth.acceptRefreshToken("refresh-something-else");
        ZaloApiException e = catchThrowableOfType(ZaloApiException.class,
                () -> refresher.refresh("access-old").await().atMost(Duration.ofSeconds(5)));
        assertThat(e.code()).isEqualTo(-14002);
        assertThat(e.errorClass()).isEqualTo(ZaloErrorClass.OA_DISCONNECTED);
        assertThat(Db.column("select refresh_token from zalo_token")).containsExactly("refresh-reused");
        assertThat(Db.column("select kind || ' ' || code from zalo_alarm where cleared_at is null"))
                .containsExactly("oa-disconnected -14002");
        RestAssured.get("/q/health/group/zalo").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks[0].data.lastRefreshFailure", org.hamcrest.Matchers.containsString("-14002"));
        Metrics.read().body(org.hamcrest.Matchers.containsString(
                "motcua_zalo_alarm_active{kind=\"oa-disconnected\"} 1.0"));
        int calls = tokenCalls().size();
        ZaloApiException again = catchThrowableOfType(ZaloApiException.class,
                () -> refresher.refresh("access-old").await().atMost(Duration.ofSeconds(5)));
        assertThat(again.errorClass()).isEqualTo(ZaloErrorClass.OA_DISCONNECTED);
        assertThat(again.code()).isEqualTo(-14002);
        assertThat(tokenCalls()).as("the refused refresh token is not offered again at once").hasSize(calls);

        zalo.oauth.acceptRefreshToken("refresh-new");
        authorization.store(new TokenRefresher.TokenPair("access-new", "refresh-new", 90_000))
                .await().atMost(Duration.ofSeconds(5));
        assertThat(Db.count("select count(*) from zalo_alarm where cleared_at is null")).isZero();
        RestAssured.get("/q/health/group/zalo").then().statusCode(200);
        assertThat(refresher.refresh("access-new").await().atMost(Duration.ofSeconds(5))).isEqualTo("fake-access-1");
    }

    @Test
    void everyRefusalShapeOfTheTokenEndpointIsOaDisconnectedWithZalosCode() {
        assertThat(catchThrowableOfType(ZaloApiException.class, () -> TokenRefresher.TokenPair.read(200,
                "{\"error\":-14002,\"error_name\":\"Invalid refresh token\"}")))
                .satisfies(z -> assertThat(z.code()).isEqualTo(-14002))
                .satisfies(z -> assertThat(z.errorClass()).isEqualTo(ZaloErrorClass.OA_DISCONNECTED));
        assertThat(catchThrowableOfType(ZaloApiException.class, () -> TokenRefresher.TokenPair.read(200,
                "{\"error\":\"-14005\",\"error_description\":\"expired\"}")).code()).isEqualTo(-14005);
        assertThat(catchThrowableOfType(ZaloApiException.class, () -> TokenRefresher.TokenPair.read(400,
                "{\"error\":-14018,\"message\":\"app secret wrong\"}")).errorClass())
                .isEqualTo(ZaloErrorClass.OA_DISCONNECTED);
        assertThat(catchThrowableOfType(ZaloApiException.class, () -> TokenRefresher.TokenPair.read(200,
                "{\"access_token\":\"a\"}")).errorClass()).isEqualTo(ZaloErrorClass.OA_DISCONNECTED);
        // Zalo unavailable is not a refusal: it is tried again
        assertThat(catchThrowableOfType(ZaloApiException.class, () -> TokenRefresher.TokenPair.read(502,
                "<html>Bad gateway</html>")).errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
        assertThat(catchThrowableOfType(ZaloApiException.class, () -> TokenRefresher.TokenPair.read(200,
                "maintenance")).errorClass()).isEqualTo(ZaloErrorClass.RETRY_LATER);
    }
}
