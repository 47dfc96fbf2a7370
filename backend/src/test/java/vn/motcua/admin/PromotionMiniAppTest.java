package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.motcua.support.MiniAppProfile;
import org.junit.jupiter.api.Test;
import vn.motcua.support.PostgresTest;


import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.session;

/** With a Mini App configured, the poster's second code opens the Mini App's public link. */
@QuarkusTest
@TestProfile(MiniAppProfile.class)
class PromotionMiniAppTest {
    static final Class<?> DB = PostgresTest.class;


    @Test
    void theLookupCodeOpensTheMiniApp() {
        AdminFixture.seed();
        String page = get(session("canbo"), "/admin/promotion").statusCode(200).extract().asString();
        assertThat(PromotionPagesTest.qr(page, "lookup")).isEqualTo("https://zalo.me/s/3141592653589793/");
        assertThat(PromotionPagesTest.qr(page, "follow")).isEqualTo("https://zalo.me/579745863508352884");
        assertThat(page).contains("mở Mini App").doesNotContain("Chưa cấu hình Mini App");
    }
}
