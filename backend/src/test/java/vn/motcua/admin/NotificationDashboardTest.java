package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.session;

/**
 * The dashboard's notifications per channel and outcome with their estimated cost, for the chosen months and the
 * officer's subtree (the commune, with the old district merged into it), on notifications seeded in two communes.
 */
@QuarkusTest
class NotificationDashboardTest {
    static final Class<?> DB = PostgresTest.class;
    static final String OCTOBER = "2026-10-12 09:00+07";
    private static int seq;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        String commune = AdminPagesTest.IN_COMMUNE;
        notification(commune, "consultation", "delivered", 0, OCTOBER);
        notification(commune, "consultation", "seen", 0, OCTOBER);
        notification(commune, "template_user", "sent", 200, OCTOBER);
        notification(commune, "template_user", "delivered", 200, OCTOBER);
        notification(commune, "template_user", "technical-failure", null, OCTOBER);
        notification(commune, "template_user", "temporary-failure", null, OCTOBER);
        notification(commune, "template_phone", "sent", 300, OCTOBER);
        notification(commune, "template_phone", "permanent-failure", null, OCTOBER);
        notification(commune, null, "undeliverable", null, OCTOBER);
        notification(commune, null, "cancelled", null, OCTOBER);
        // filed under the old district, merged into the commune: the commune's officers count it
        notification(AdminPagesTest.IN_OLD_DISTRICT, "template_phone", "delivered", 300, "2026-10-31 23:30+07");
        // outside the period (September in Vietnam time)
        notification(commune, "template_user", "sent", 200, "2026-09-30 23:59+07");
        String other = AdminPagesTest.IN_OTHER_COMMUNE;
        notification(other, "template_user", "sent", 200, OCTOBER);
        notification(other, "template_phone", "seen", 300, OCTOBER);
        notification(other, null, "undeliverable", null, OCTOBER);
    }

    private static void notification(String code, String channel, String status, Integer cost, String createdAt) {
        int n = ++seq;
        // not due: the dispatcher leaves the retryable ones alone during the test
        Db.execute("insert into notification (idempotency_key, dossier_id, kind, recipient_key, status, channel, estimated_cost, "
                + "created_at, next_attempt_at) select 'dash-" + n + "', id, 'accepted', 'u:z" + n + "', '" + status + "', "
                + (channel == null ? "null" : "'" + channel + "'") + ", " + cost + ", '" + createdAt + "', now() + interval '1 day' "
                + "from dossier where code = '" + code + "'");
    }

    @Test
    void theCommuneOfficerCountsOnlyTheCommunesNotificationsWithTheirCost() {
        get(session("canbo"), "/admin/dashboard?tu=2026-10&den=2026-10").statusCode(200)
                // channel | delivered | sent | pending | failed | undeliverable | cancelled | cost
                .body(containsString("data-channel=\"consultation|2|0|0|0|0|0|0\""))
                .body(containsString("data-channel=\"template_phone|1|1|0|1|0|0|600\""))
                .body(containsString("data-channel=\"template_user|1|1|0|2|0|0|400\""))
                .body(containsString("data-channel=\"none|0|0|0|0|1|1|0\""))
                .body(containsString("id=\"chiphi\">1.000 đồng<"))
                .body(containsString("<title>Đã nhận: 2</title>")).body(containsString("<svg viewBox=\"0 0 100 4\""))
                .body(containsString("Tin mẫu qua số điện thoại")).body(containsString("Chưa có kênh gửi"));
    }

    @Test
    void theProvinceSeesBothCommunesAndThePeriodIsRespected() {
        String cookie = session("quantri");
        get(cookie, "/admin/dashboard?tu=2026-10&den=2026-10").statusCode(200)
                .body(containsString("data-channel=\"template_user|1|2|0|2|0|0|600\""))
                .body(containsString("data-channel=\"template_phone|2|1|0|1|0|0|900\""))
                .body(containsString("data-channel=\"none|0|0|0|0|2|1|0\""))
                .body(containsString("id=\"chiphi\">1.500 đồng<"));
        get(cookie, "/admin/dashboard?tu=2026-09&den=2026-10").statusCode(200)
                .body(containsString("data-channel=\"template_user|1|3|0|2|0|0|800\""));
        get(cookie, "/admin/dashboard?tu=2026-08&den=2026-08").statusCode(200)
                .body(containsString("Chưa có thông báo nào trong khoảng thời gian này"))
                .body(not(containsString("data-channel=")));
    }
}
