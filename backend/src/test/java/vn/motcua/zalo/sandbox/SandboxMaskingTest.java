package vn.motcua.zalo.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.outbound.SandboxMessenger;
import vn.motcua.zalo.outbound.TemplateMessage;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's record and chat page are readable by anyone who reaches them: no full phone number in them. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class SandboxMaskingTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";

    @Inject
    SandboxMessenger sandbox;

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "4", "20261204170000")).statusCode(200);
    }

    private static void assertNoFullPhone(String shown) {
        assertThat(shown).doesNotContain("84912345678").doesNotContain("0912345678").doesNotContain("0912 345 678")
                .doesNotContain("0987654321");
    }

    @Test
    void theMessageLogMasksTheRecipientTextAndBodyOfATemplateByPhone() {
        sandbox.sendTemplateToPhone(TemplateMessage.toPhone("84912345678", "sandbox-accepted",
                Map.of("ma_ho_so", CODE, "lien_he", "0987654321"), "mc-1",
                "Hồ sơ " + CODE + " đã được tiếp nhận. Liên hệ 0987654321 hoặc +84912345678.")).await()
                .atMost(Duration.ofSeconds(5));
        String all = RestAssured.get("/api/sandbox/v1/messages").then().statusCode(200).extract().asString();
        assertNoFullPhone(all);
        assertThat(all).contains("*******678").contains("*******321").contains(CODE).contains("\"tracking_id\":\"mc-1\"");
        String filtered = RestAssured.given().queryParam("recipient", "84912345678").get("/api/sandbox/v1/messages")
                .then().statusCode(200).extract().asString();
        assertNoFullPhone(filtered);
        assertThat(filtered).contains("\"channel\":\"template_phone\"");
    }

    @Test
    void theChatSimulatorShowsTheSharedPhoneMasked() {
        RestAssured.given().redirects().follow(false).multiPart(field("user", "sim-mask"))
                .multiPart(field("text", "hồ sơ của tôi")).post("/sandbox/chat").then().statusCode(303);
        RestAssured.given().redirects().follow(false).multiPart(field("user", "sim-mask"))
                .multiPart(field("action", "share-phone")).multiPart(field("phone", "0912 345 678"))
                .post("/sandbox/chat").then().statusCode(303);
        String page = RestAssured.given().queryParam("user", "sim-mask").get("/sandbox/chat").then().statusCode(200)
                .extract().asString();
        assertNoFullPhone(page);
        assertThat(page).contains("[Đã chia sẻ số điện thoại *******678]").contains("1. " + CODE);
    }

    private static io.restassured.specification.MultiPartSpecification field(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }
}
