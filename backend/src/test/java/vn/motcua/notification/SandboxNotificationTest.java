package vn.motcua.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.support.Eventually.within;

/**
 * In sandbox mode (README command 1 with no Zalo credentials) a status change through the intake API shows
 * its Vietnamese message in GET /api/sandbox/v1/messages for the dossier's follower, once; reminders too.
 */
@QuarkusTest
class SandboxNotificationTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = NotificationFlowTest.CODE;

    @jakarta.inject.Inject
    DueSoonReminders reminders;

    @BeforeEach
    void clean() {
        Db.reset();
        Db.execute("truncate zalo_user, dossier_subscription, zalo_sandbox_message cascade");
        Api.postOwn(NotificationFlowTest.change(1, "e1", "")).statusCode(200);
        Db.execute("insert into zalo_user (zalo_user_id, followed, last_interaction_at) values ('nguoi-dan-demo', true, now())");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source) select id, 'nguoi-dan-demo', 'bot' from dossier");
    }

    @Test
    void aStatusChangeShowsItsMessageInTheSandboxRecordOnce() {
        Api.postOwn(NotificationFlowTest.change(9, "e9", ",\"resultDelivery\":\"post\"")).statusCode(200);
        within(Duration.ofSeconds(15), () -> RestAssured.get("/api/sandbox/v1/messages").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].recipient", equalTo("nguoi-dan-demo"))
                .body("[0].text", containsString("Hồ sơ " + CODE))
                .body("[0].text", containsString("đã có kết quả"))
                .body("[0].text", containsString("dịch vụ bưu chính")));
        // the same change again (a redelivery by the one-stop system) makes no second message
        Api.postOwn(NotificationFlowTest.change(9, "e9", ",\"resultDelivery\":\"post\"")).statusCode(200);
        Api.postOwn(NotificationFlowTest.change(9, "e9", ",\"resultDelivery\":\"post\"")).statusCode(200);
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(Db.count("select count(*) from zalo_sandbox_message")).isEqualTo(1);
    }

    @Test
    void aDossierDueTomorrowIsRemindedOnceWhateverTheReruns() {
        Db.execute("update dossier set status = 4");
        LocalDate today = LocalDate.now(vn.motcua.common.VietnamTime.ZONE);
        Db.execute("delete from holiday where day between current_date - 3 and current_date + 10");
        Db.execute("update dossier set due_at = ((date '" + today + "' + 1)::timestamp + interval '17 hours') "
                + "at time zone 'Asia/Ho_Chi_Minh'");
        boolean workingDay = today.getDayOfWeek().getValue() <= 5;
        int expected = workingDay ? 1 : 0; // on a weekend the next working morning reminds
        assertThat(reminders.remind(today).await().atMost(Duration.ofSeconds(5))).isEqualTo(expected);
        assertThat(reminders.remind(today).await().atMost(Duration.ofSeconds(5))).isZero();
        if (expected == 1) {
            within(Duration.ofSeconds(15), () -> assertThat(Db.column("select text from zalo_sandbox_message"))
                    .singleElement().asString().startsWith("Nhắc lịch: hồ sơ " + CODE));
        }
    }

    @Test
    void aSwappedWorkingSaturdayRemindsLikeAWeekday() {
        // Saturday 5/1/2030 is worked (in exchange for a weekday off): its morning reminds of Monday's due date
        LocalDate saturday = LocalDate.of(2030, 1, 5);
        Db.execute("update dossier set status = 4, due_at = '2030-01-07 17:00+07'");
        Db.execute("delete from holiday where day between '2030-01-01' and '2030-01-10'");
        assertThat(reminders.remind(saturday).await().atMost(Duration.ofSeconds(5))).isZero();
        Db.execute("insert into holiday (day, name, working) values ('2030-01-05', 'Làm bù', true)");
        try {
            assertThat(reminders.remind(saturday).await().atMost(Duration.ofSeconds(5))).isEqualTo(1);
        } finally {
            Db.execute("delete from holiday where day = '2030-01-05'");
        }
    }
}
