package vn.motcua.announcement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** A citizen opts in and out of news categories from the chat and from the Mini App; both write the same rows. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class NewsOptInTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
    }

    private static java.util.List<String> choices(String user) {
        return Db.column("select category || ' ' || active || ' ' || source from news_subscription where zalo_user_id = '"
                + user + "' order by category");
    }

    @Test
    void theBotTakesNhanTinAndHuyNhanTinPerCategoryOrForAll() {
        ZaloEvents.deliver(ZaloEvents.text("u-news", "nhận tin thủ tục"));
        assertThat(choices("u-news")).containsExactly("procedures true bot");
        ZaloEvents.deliver(ZaloEvents.text("u-news", "Đăng ký nhận tin doanh nghiệp"));
        ZaloEvents.deliver(ZaloEvents.text("u-news", "hủy nhận tin thủ tục"));
        assertThat(choices("u-news")).containsExactly("business true bot", "procedures false bot");
        ZaloEvents.deliver(ZaloEvents.text("u-news", "ngừng nhận tin"));
        assertThat(choices("u-news")).containsExactly("business false bot", "general false bot", "procedures false bot");
        assertThat(ZaloEvents.replies("u-news")).satisfiesExactly(
                r -> assertThat(r).startsWith("Đã đăng ký nhận tin qua Zalo: Thủ tục hành chính.")
                        .contains("trong vòng 48 giờ").contains("\"tin tức\""),
                r -> assertThat(r).startsWith("Đã đăng ký nhận tin qua Zalo: Hỗ trợ đầu tư, doanh nghiệp."),
                r -> assertThat(r).startsWith("Đã ngừng nhận tin qua Zalo: Thủ tục hành chính.")
                        .contains("Bạn vẫn nhận: Hỗ trợ đầu tư, doanh nghiệp."),
                r -> assertThat(r).contains("Bạn không còn nhận tin tự động nào"));
    }

    @Test
    void theMiniAppSwitchesAreTheSameChoices() {
        String session = RestAssured.given().contentType("application/json").body("{}")
                .post("/api/public/v1/session/sandbox").then().statusCode(200).extract().path("sessionToken");
        var as = RestAssured.given().header("Authorization", "Bearer " + session);
        as.get("/api/public/v1/me/news-subscriptions").then().statusCode(200).body("canReceive", equalTo(true))
                .body("items.category", contains("general", "procedures", "business"))
                .body("items.subscribed", contains(false, false, false));
        RestAssured.given().header("Authorization", "Bearer " + session)
                .put("/api/public/v1/me/news-subscriptions/procedures").then().statusCode(200)
                .body("items.subscribed", contains(false, true, false));
        assertThat(choices("nguoi-dan-demo")).containsExactly("procedures true miniapp");
        // the chat sees the same choice: the demo citizen stops it there
        ZaloEvents.deliver(ZaloEvents.text("nguoi-dan-demo", "hủy nhận tin thủ tục"));
        RestAssured.given().header("Authorization", "Bearer " + session).get("/api/public/v1/me/news-subscriptions")
                .then().body("items.subscribed", contains(false, false, false));
        RestAssured.given().header("Authorization", "Bearer " + session)
                .put("/api/public/v1/me/news-subscriptions/sport").then().statusCode(400)
                .contentType("application/problem+json");
        RestAssured.given().delete("/api/public/v1/me/news-subscriptions/general").then().statusCode(401);
    }
}
