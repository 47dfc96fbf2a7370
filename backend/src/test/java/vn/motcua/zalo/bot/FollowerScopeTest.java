package vn.motcua.zalo.bot;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.support.Eventually.within;

/**
 * Following a dossier is open to anyone with its code, but only the proven applicant hears its private part:
 * a stranger who sends "theo dõi <code>" gets status changes and dates, never the missing papers, the fee or the
 * reason (Law 91/2025: the minimum to whoever has only a code).
 */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class FollowerScopeTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0301";
    static final Duration WAIT = Duration.ofSeconds(15);

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
        Db.execute("truncate notification cascade");
        Api.postOwn(change(1, "e1", "")).statusCode(200);
    }

    static String change(int status, String key, String extra) {
        return """
                {"code":"%s","procedureCode":"1.001612","procedureName":"Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
                 "agencyCode":"000.00.22.H12","agencyName":"UBND huyện Hàm Thuận Bắc",
                 "applicant":{"name":"Nguyễn Văn Bình","type":"citizen","phone":"0912345678"},
                 "status":%d,"eventKey":"%s","eventTime":"2026-11-2%dT09:00:00+07:00",
                 "receivedAt":"2026-11-20T08:00:00+07:00","dueAt":"2026-12-04T17:00:00+07:00"%s}"""
                .formatted(CODE, status, key, status, extra);
    }

    /** The applicant proves who they are by sharing the phone the dossier was filed with; the stranger does not. */
    private static void bothFollow() {
        ZaloEvents.deliver(ZaloEvents.text("u-stranger", "theo dõi " + CODE));
        ZaloEvents.deliver(ZaloEvents.event("user_submit_info", "u-applicant",
                "\"info\":{\"name\":\"Nguyễn Văn Bình\",\"phone\":\"0912345678\"}"));
        ZaloEvents.deliver(ZaloEvents.text("u-applicant", "theo dõi " + CODE));
    }

    private static List<String> notificationsTo(String user) {
        return Db.column("select text from zalo_sandbox_message where recipient = '" + user + "' and text like 'Hồ sơ%' "
                + "order by id");
    }

    @Test
    void theStrangersSubscriptionReplySaysWhatTheyWillHear() {
        bothFollow();
        assertThat(ZaloEvents.replies("u-stranger")).singleElement().asString()
                .contains("thay đổi trạng thái và ngày hẹn trả").contains("chỉ gửi cho người nộp hồ sơ");
        assertThat(ZaloEvents.replies("u-applicant").get(1)).contains("giấy tờ cần bổ sung, khoản phí, lý do")
                .doesNotContain("chỉ gửi cho người nộp hồ sơ");
    }

    @Test
    void aSupplementRequestReachesTheStrangerWithoutTheListOfPapers() {
        bothFollow();
        Api.postOwn(change(5, "e5", ",\"supplements\":[{\"items\":[\"Bản sao sổ hộ khẩu\",\"Trích đo địa chính\"]}]"))
                .statusCode(200);
        within(WAIT, () -> {
            assertThat(notificationsTo("u-stranger")).hasSize(1);
            assertThat(notificationsTo("u-applicant")).hasSize(1);
        });
        assertThat(notificationsTo("u-applicant").get(0)).contains("Bản sao sổ hộ khẩu").contains("Trích đo địa chính");
        assertThat(notificationsTo("u-stranger").get(0)).contains("Hồ sơ " + CODE).contains("chờ bổ sung giấy tờ")
                .doesNotContain("Bản sao sổ hộ khẩu").doesNotContain("Trích đo");
        assertThat(Db.column("select zalo_user_id || ' ' || public_only from notification order by zalo_user_id"))
                .containsExactly("u-applicant false", "u-stranger true");
    }

    @Test
    void feesAndReasonsStayWithTheApplicantToo() {
        bothFollow();
        Api.postOwn(change(6, "e6", ",\"fees\":[{\"name\":\"Lệ phí cấp giấy\",\"amount\":1250000}]")).statusCode(200);
        within(WAIT, () -> assertThat(notificationsTo("u-stranger")).hasSize(1));
        assertThat(notificationsTo("u-stranger").get(0)).contains("nghĩa vụ tài chính").doesNotContain("1.250.000")
                .doesNotContain("1250000");
        within(WAIT, () -> assertThat(notificationsTo("u-applicant")).singleElement().asString().contains("1.250.000"));
        Api.postOwn(change(8, "e8", ",\"note\":\"Người nộp đề nghị dừng vì đã chuyển nhượng\"")).statusCode(200);
        within(WAIT, () -> assertThat(notificationsTo("u-stranger")).hasSize(2));
        assertThat(notificationsTo("u-stranger").get(1)).contains("đã dừng xử lý").doesNotContain("chuyển nhượng");
        within(WAIT, () -> assertThat(notificationsTo("u-applicant")).hasSize(2));
        assertThat(notificationsTo("u-applicant").get(1)).contains("chuyển nhượng");
    }

    @Test
    void outsideTheWindowTheStrangerGetsThePublicTemplateOnly() {
        bothFollow();
        Db.execute("update zalo_user set last_interaction_at = now() - interval '5 days'");
        Api.postOwn(change(5, "e5", ",\"supplements\":[{\"items\":[\"Bản sao sổ hộ khẩu\"]}]")).statusCode(200);
        within(WAIT, () -> assertThat(Db.count("select count(*) from notification where status = 'sent'")).isEqualTo(2));
        List<String> stranger = ZaloEvents.payloads("u-stranger");
        assertThat(stranger.get(stranger.size() - 1)).contains("\"template_id\":\"sandbox-status-update\"")
                .contains("\"trang_thai\":\"Yêu cầu bổ sung giấy tờ\"").doesNotContain("Bản sao sổ hộ khẩu");
        List<String> applicant = ZaloEvents.payloads("u-applicant");
        assertThat(applicant.get(applicant.size() - 1)).contains("\"template_id\":\"sandbox-supplement-required\"")
                .contains("Bản sao sổ hộ khẩu");
    }

    @Test
    void inTheMiniAppTheReceiptsQrTokenProvesTheApplicant() {
        // the demo citizen's linked phone is 0912345678; this dossier was filed with another one
        Api.postOwn(change(1, "e1", "").replace("0912345678", "0987654321")).statusCode(200);
        String session = RestAssured.given().contentType("application/json").body("{}")
                .post("/api/public/v1/session/sandbox").then().statusCode(200).extract().path("sessionToken");
        RestAssured.given().header("Authorization", "Bearer " + session).put("/api/public/v1/me/subscriptions/{c}", CODE)
                .then().statusCode(200).body("following", equalTo(true)).body("applicantProven", equalTo(false));
        RestAssured.given().header("Authorization", "Bearer " + session).queryParam("t", "k1.forged")
                .put("/api/public/v1/me/subscriptions/{c}", CODE).then().statusCode(200)
                .body("applicantProven", equalTo(false));
        String token = RestAssured.given().contentType("application/json").body("{\"phone\":\"0987654321\"}")
                .post("/api/public/v1/dossiers/{c}/access", CODE).then().statusCode(200).extract().path("token");
        RestAssured.given().header("Authorization", "Bearer " + session).queryParam("t", token)
                .put("/api/public/v1/me/subscriptions/{c}", CODE).then().statusCode(200)
                .body("applicantProven", equalTo(true));
        assertThat(Db.column("select applicant_proof from dossier_subscription")).containsExactly("qr-token");
    }
}
