package vn.motcua.lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.bot.BotReplies;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * While a supplement request is pending the clock is paused: the citizen never reads "quá hạn", whatever the due date,
 * and every page says the clock stands still; once processing resumes past the due date, overdue it is again.
 */
@QuarkusTest
class ClockPausedTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-251020-0007";

    @Inject
    LookupService lookup;
    @Inject
    BotReplies replies;

    @BeforeEach
    void seed() {
        Db.reset();
        // due long ago, and now waiting for the citizen's documents
        Api.postDvcqg(Api.dvcqgDossier(CODE, "2", "20251104170000").replace("20261120083000", "20251020083000"))
                .statusCode(200);
        Api.postDvcqg(Api.progress(CODE, "20251101090000", "5", "Thiếu bản vẽ")).statusCode(200);
    }

    @Test
    void noPageOrMessageCallsAPausedDossierOverdue() {
        Api.lookup(CODE).statusCode(200)
                .body("status.code", equalTo(5))
                .body("overdue", equalTo(false))
                .body("clockPaused", equalTo(true))
                .body("status.nextStep", containsString("tạm dừng"));
        RestAssured.get("/tra-cuu/{code}", CODE).then().statusCode(200)
                .body(containsString("Thời hạn giải quyết đang tạm dừng"))
                .body(not(containsString("quá hạn")));
        DossierView view = lookup.lookup(CODE, null).await().atMost(Duration.ofSeconds(5));
        String bot = replies.dossier("nguoi-dan", view).text();
        assertThat(bot).contains("tạm dừng").doesNotContain("quá hạn");
    }

    @Test
    void onceProcessingResumesPastTheDueDateItIsOverdueAgain() {
        Api.postDvcqg(Api.progress(CODE, "20251110090000", "4", "Đã nhận bổ sung")).statusCode(200);
        Api.lookup(CODE).statusCode(200).body("overdue", equalTo(true)).body("clockPaused", equalTo(false));
        RestAssured.get("/tra-cuu/{code}", CODE).then().statusCode(200).body(containsString("quá hạn"))
                .body(not(containsString("tạm dừng")));
    }
}
