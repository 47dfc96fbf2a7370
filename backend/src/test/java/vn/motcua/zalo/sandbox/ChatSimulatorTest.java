package vn.motcua.zalo.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.qr.QrEncoder;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The simulator signs events like Zalo, goes through the real webhook and shows the bot's answers. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class ChatSimulatorTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "4", "20261204170000")).statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification form() {
        return RestAssured.given();
    }

    /** Browsers send form fields in the page's charset (UTF-8); RestAssured must be told for each part. */
    private static io.restassured.specification.MultiPartSpecification field(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    private static void send(String user, String text) {
        form().redirects().follow(false).multiPart(field("user", user)).multiPart(field("text", text))
                .post("/sandbox/chat").then().statusCode(303).header("Location", containsString("/sandbox/chat?user=" + user));
    }

    @Test
    void typedMessagesAreAnsweredOnThePage() {
        send("sim-1", "cho em hỏi hồ sơ " + CODE + " đến đâu rồi ạ");
        send("sim-1", "asdf qwerty zxcv");
        RestAssured.given().queryParam("user", "sim-1").get("/sandbox/chat").then().statusCode(200)
                .body(containsString("cho em hỏi hồ sơ " + CODE))
                .body(containsString("Trạng thái: Đang xử lý"))
                .body(containsString("Nhận thông báo hồ sơ này"))
                .body(containsString("chuyển đến cán bộ"));
        assertThat(Db.column("select state from zalo_inbox")).containsOnly("processed");
    }

    @Test
    void anAttachedReceiptPhotoIsServedByTheAppAndRead() {
        byte[] png = new QrEncoder().png("https://motcua.example.vn/tra-cuu/" + CODE + "?t=x", 500);
        form().redirects().follow(false).multiPart(field("user", "sim-2")).multiPart(field("text", ""))
                .multiPart("photo", "giay-tiep-nhan.png", png, "image/png")
                .post("/sandbox/chat").then().statusCode(303);
        assertThat(ZaloEvents.replies("sim-2")).singleElement().asString().contains("Hồ sơ " + CODE);
    }

    @Test
    void followAndSharingThePhoneWorkFromThePage() {
        form().redirects().follow(false).multiPart(field("user", "sim-3")).multiPart(field("action", "follow"))
                .post("/sandbox/chat").then().statusCode(303);
        send("sim-3", "hồ sơ của tôi");
        RestAssured.given().queryParam("user", "sim-3").get("/sandbox/chat").then()
                .body(containsString("Chia sẻ số điện thoại")).body(containsString("Chào mừng bạn"));
        form().redirects().follow(false).multiPart(field("user", "sim-3")).multiPart(field("action", "share-phone"))
                .multiPart(field("phone", "0912 345 678")).post("/sandbox/chat").then().statusCode(303);
        RestAssured.given().queryParam("user", "sim-3").get("/sandbox/chat").then()
                .body(containsString("1. " + CODE + " – Đang xử lý")).body(not(containsString("0912345678</")));
    }
}
