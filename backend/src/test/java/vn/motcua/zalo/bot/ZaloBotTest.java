package vn.motcua.zalo.bot;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.qr.QrEncoder;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.FakeMedia;
import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot end to end: signed events in, replies in the sandbox record, rows in the database. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class ZaloBotTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";
    private final FakeMedia media = FakeZalo.start().media;
    private String receipt;
    private String otherQr;
    private String notAnImage;
    private String redirect;
    private String huge;

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
        // Zalo's media CDN: a receipt QR, a photo without one, a redirect and a file over the 2 MB limit
        receipt = media.photo("receipt.png", new QrEncoder().png("http://localhost:8080/tra-cuu/" + CODE + "?t=abc", 600));
        otherQr = media.photo("other-qr.png", new QrEncoder().png("https://example.com/khong-phai-ho-so", 300));
        notAnImage = media.file("text.png", null, "this is not an image".getBytes(StandardCharsets.UTF_8));
        redirect = media.redirect("redirect.png", "http://10.0.0.1/x.png");
        huge = media.file("huge.png", null, new byte[3_000_000]);
        Api.postDvcqg(Api.dvcqgDossier(CODE, "2", "20261204170000")).statusCode(200);
    }

    @Test
    void aCodeInASentenceGetsTheStatusWithAButtonToTheDossier() {
        ZaloEvents.deliver(ZaloEvents.text("u-lookup", "Cho em hỏi hồ sơ 000 00 22 h12 261120 0007 đến đâu rồi ạ"));
        assertThat(ZaloEvents.replies("u-lookup")).singleElement().asString().contains("Hồ sơ " + CODE)
                .contains("Trạng thái: Được tiếp nhận").contains("Việc tiếp theo:")
                .contains("Hạn trả kết quả: 17:00 ngày 04/12/2026").contains("Cơ quan giải quyết:");
        assertThat(ZaloEvents.payloads("u-lookup").get(0)).contains("\"type\":\"oa.open.url\"")
                .contains("/tra-cuu/" + CODE).contains("\"payload\":\"theo dõi " + CODE + "\"");
        assertThat(Db.count("select count(*) from zalo_user where zalo_user_id = 'u-lookup' "
                + "and last_interaction_at is not null")).isEqualTo(1);
    }

    @Test
    void tinTucListsThePublishedAnnouncementsOfTheAskedCategory() {
        Db.execute("delete from announcement");
        Db.execute("insert into announcement (title, body, category, published_at) values "
                + "('Hỗ trợ vốn vay khởi nghiệp', 'Doanh nghiệp nhỏ và vừa đăng ký trước 31/12.', 'business', now() - interval '1 day'), "
                + "('Lịch nghỉ Tết', 'Bộ phận một cửa nghỉ từ 14/2.', 'general', now() - interval '2 hours'), "
                + "('Bản nháp', 'Chưa đăng', 'general', null)");
        ZaloEvents.deliver(ZaloEvents.text("u-news", "tin tức"));
        ZaloEvents.deliver(ZaloEvents.text("u-news", "cho em xem tin tuc doanh nghiep a"));
        assertThat(ZaloEvents.replies("u-news")).satisfiesExactly(
                all -> assertThat(all).contains("Thông báo mới nhất:")
                        .contains("1. [Thông báo chung] Lịch nghỉ Tết").contains("Bộ phận một cửa nghỉ từ 14/2.")
                        .contains("2. [Hỗ trợ đầu tư, doanh nghiệp] Hỗ trợ vốn vay khởi nghiệp").doesNotContain("Bản nháp"),
                business -> assertThat(business).contains("Thông báo mới nhất (Hỗ trợ đầu tư, doanh nghiệp):")
                        .contains("1. Hỗ trợ vốn vay khởi nghiệp").doesNotContain("Lịch nghỉ Tết"));
        assertThat(ZaloEvents.payloads("u-news").get(1)).contains("\"payload\":\"tin tức thủ tục\"")
                .doesNotContain("\"payload\":\"tin tức doanh nghiệp\"");
        Db.execute("delete from announcement");
        ZaloEvents.deliver(ZaloEvents.text("u-news-empty", "bản tin thủ tục hành chính"));
        assertThat(ZaloEvents.replies("u-news-empty")).singleElement().asString()
                .contains("Hiện chưa có thông báo mới (Thủ tục hành chính).");
    }

    @Test
    void unknownCodesAndMissingCodesGetHelpfulAnswers() {
        ZaloEvents.deliver(ZaloEvents.text("u-unknown", "tra cứu 000.00.22.H12-261120-9999"));
        ZaloEvents.deliver(ZaloEvents.text("u-unknown", "tra cứu"));
        assertThat(ZaloEvents.replies("u-unknown")).satisfiesExactly(
                r -> assertThat(r).contains("Không tìm thấy hồ sơ có mã 000.00.22.H12-261120-9999"),
                r -> assertThat(r).contains("gửi kèm mã hồ sơ").contains("tra cứu 000.00.22.H12-261120-0007"));
    }

    @Test
    void aReceiptPhotoIsReadLikeATypedCode() {
        ZaloEvents.deliver(ZaloEvents.image("u-photo", receipt));
        ZaloEvents.deliver(ZaloEvents.image("u-photo", otherQr));
        ZaloEvents.deliver(ZaloEvents.image("u-photo", notAnImage));
        assertThat(ZaloEvents.replies("u-photo")).satisfiesExactly(
                r -> assertThat(r).contains("Hồ sơ " + CODE).contains("Được tiếp nhận"),
                r -> assertThat(r).contains("không phải mã QR của giấy tiếp nhận").contains("tra cứu 000."),
                r -> assertThat(r).contains("Ảnh này không đọc được"));
    }

    @Test
    void photosFromOtherHostsRedirectsAndHugeFilesAreNotFetched() {
        for (String url : new String[]{"https://evil.example.com/receipt.png", "http://127.0.0.1:5432/",
                "http://10.0.0.1/receipt.png", "file:///etc/passwd", redirect, huge,
                "https://media.zdn.vn.evil.com/a.png"}) {
            ZaloEvents.deliver(ZaloEvents.image("u-ssrf", url));
        }
        assertThat(ZaloEvents.replies("u-ssrf")).hasSize(7)
                .allSatisfy(r -> assertThat(r).contains("Không tải được ảnh bạn gửi"));
    }

    @Test
    void subscribeAndUnsubscribeStoreOneRowPerPersonAndDossier() {
        ZaloEvents.deliver(ZaloEvents.text("u-sub", "theo dõi 000.00.22.H12-261120-0007"));
        ZaloEvents.deliver(ZaloEvents.text("u-sub", "đăng ký 0000022H122611200007"));
        assertThat(Db.column("select zalo_user_id || ':' || source || ':' || active from dossier_subscription"))
                .containsExactly("u-sub:bot:true");
        ZaloEvents.deliver(ZaloEvents.text("u-sub", "hủy theo dõi 000.00.22.H12-261120-0007"));
        ZaloEvents.deliver(ZaloEvents.text("u-sub", "hủy 000.00.22.H12-261120-0007"));
        ZaloEvents.deliver(ZaloEvents.text("u-sub", "theo dõi 000.00.22.H12-261120-1234"));
        assertThat(Db.column("select active::text from dossier_subscription")).containsExactly("false");
        assertThat(ZaloEvents.replies("u-sub")).satisfiesExactly(
                r -> assertThat(r).startsWith("Đã đăng ký nhận thông báo cho hồ sơ " + CODE),
                r -> assertThat(r).startsWith("Đã đăng ký nhận thông báo cho hồ sơ " + CODE),
                r -> assertThat(r).startsWith("Đã hủy nhận thông báo cho hồ sơ " + CODE),
                r -> assertThat(r).startsWith("Bạn chưa đăng ký nhận thông báo"),
                r -> assertThat(r).contains("Không tìm thấy hồ sơ"));
    }

    @Test
    void myDossiersAsksForConsentThenListsTheDossiersOfTheSharedPhone() {
        ZaloEvents.deliver(ZaloEvents.text("u-mine", "hồ sơ của tôi"));
        assertThat(ZaloEvents.payloads("u-mine")).singleElement().asString()
                .contains("\"template_type\":\"request_user_info\"")
                // always an image, as Zalo's SDKs require: the banner the product serves itself
                .contains("\"image_url\":\"http://localhost:8080/zalo-consent.png\"");
        io.restassured.RestAssured.get("/zalo-consent.png").then().statusCode(200).contentType("image/png");
        ZaloEvents.deliver(ZaloEvents.event("user_submit_info", "u-mine",
                "\"info\":{\"name\":\"Nguyễn Văn Bình\",\"phone\":\"0912345678\",\"address\":\"\"}"));
        assertThat(Db.column("select phone from zalo_user where zalo_user_id = 'u-mine' and phone_consent_at is not null"))
                .containsExactly("84912345678");
        ZaloEvents.deliver(ZaloEvents.text("u-mine", "Ho so cua toi"));
        assertThat(ZaloEvents.replies("u-mine")).hasSize(3).element(1).asString()
                .contains("Các hồ sơ đăng ký với số điện thoại").contains("1. " + CODE + " – Được tiếp nhận");
        assertThat(ZaloEvents.replies("u-mine").get(2)).contains(CODE).doesNotContain("0912345678");
    }

    @Test
    void questionsGoToAnOfficerAndTheBotStaysQuietMeanwhile() {
        ZaloEvents.deliver(ZaloEvents.text("u-human", "Làm sổ đỏ cần những giấy tờ gì?"));
        assertThat(Db.column("select state from zalo_conversation where zalo_user_id = 'u-human'"))
                .containsExactly("human");
        ZaloEvents.deliver(ZaloEvents.text("u-human", "tra cứu " + CODE));
        ZaloEvents.deliver(ZaloEvents.image("u-human", receipt));
        assertThat(ZaloEvents.replies("u-human")).singleElement().asString().contains("chuyển đến cán bộ");
        assertThat(Db.column("select last_user_message from zalo_conversation where zalo_user_id = 'u-human'"))
                .containsExactly("[ảnh]");
    }

    @Test
    void aHandedOverConversationIsAboutTheDossierLastNamedSoItsAgencyAnswers() {
        ZaloEvents.deliver(ZaloEvents.text("u-about", "tra cứu " + CODE));
        ZaloEvents.deliver(ZaloEvents.text("u-about", "Hồ sơ này còn thiếu giấy tờ gì vậy?"));
        assertThat(Db.column("select c.state || ' ' || d.code from zalo_conversation c join dossier d on d.id = c.dossier_id "
                + "where c.zalo_user_id = 'u-about'")).containsExactly("human " + CODE);
        // a receipt photo names the dossier just as well
        ZaloEvents.deliver(ZaloEvents.image("u-photo", receipt));
        ZaloEvents.deliver(ZaloEvents.text("u-photo", "Cho tôi gặp cán bộ"));
        assertThat(Db.column("select d.code from zalo_conversation c join dossier d on d.id = c.dossier_id "
                + "where c.zalo_user_id = 'u-photo'")).containsExactly(CODE);
        // a question out of the blue, or after an unknown code, is about no dossier: the province answers it
        ZaloEvents.deliver(ZaloEvents.text("u-general", "tra cứu 000.00.22.H12-261120-9999"));
        ZaloEvents.deliver(ZaloEvents.text("u-general", "Làm sổ đỏ cần những giấy tờ gì?"));
        assertThat(Db.column("select state || ' ' || coalesce(dossier_id::text, '-') from zalo_conversation "
                + "where zalo_user_id = 'u-general'")).containsExactly("human -");
    }

    @Test
    void anOfficerTypingInTheOaTakesTheConversation() {
        ZaloEvents.deliver("{\"app_id\":\"" + ZaloTestProfile.APP_ID + "\",\"sender\":{\"id\":\"388613280878808645\","
                + "\"admin_id\":\"55\"},\"recipient\":{\"id\":\"u-officer\"},\"event_name\":\"oa_send_text\","
                + "\"message\":{\"text\":\"Chào anh\",\"msg_id\":\"oa-1\"},\"timestamp\":\"" + System.currentTimeMillis() + "\"}");
        ZaloEvents.deliver(ZaloEvents.text("u-officer", "menu"));
        assertThat(ZaloEvents.replies("u-officer")).isEmpty();
    }

    @Test
    void followWelcomesUnfollowStopsTheOaChannelButKeepsThePhone() {
        ZaloEvents.deliver(ZaloEvents.event("follow", "u-follow", "\"source\":\"oa_profile\""));
        assertThat(ZaloEvents.replies("u-follow")).singleElement().asString().contains("Chào mừng bạn")
                .contains("hồ sơ của tôi");
        assertThat(ZaloEvents.payloads("u-follow").get(0)).contains("oa.query.hide").contains("oa.open.phone")
                .contains("02523822222");
        ZaloEvents.deliver(ZaloEvents.event("user_submit_info", "u-follow", "\"info\":{\"phone\":\"84912345678\"}"));
        ZaloEvents.deliver(ZaloEvents.event("unfollow", "u-follow", ""));
        assertThat(Db.column("select followed || ':' || phone from zalo_user where zalo_user_id = 'u-follow'"))
                .containsExactly("false:84912345678");
        assertThat(ZaloEvents.replies("u-follow")).hasSize(2);
    }

    @Test
    void greetingsThanksAndStickersGetShortAnswers() {
        ZaloEvents.deliver(ZaloEvents.text("u-chat", "Chào ad"));
        ZaloEvents.deliver(ZaloEvents.text("u-chat", "cam on ad nhe"));
        ZaloEvents.deliver(ZaloEvents.event("user_send_sticker", "u-chat", "\"message\":{\"msg_id\":\"s1\"}"));
        assertThat(ZaloEvents.replies("u-chat")).satisfiesExactly(
                r -> assertThat(r).startsWith("Xin chào!"),
                r -> assertThat(r).startsWith("Rất vui được hỗ trợ bạn"),
                r -> assertThat(r).startsWith("Hiện tại hệ thống chỉ đọc được tin nhắn chữ"));
    }

    /**
     * Receipts come with the OA as sender (until this change they were filed under the OA: every citizen's receipts
     * in one shared lane); they are filed, and run, under the citizen, or the phone of a template by phone.
     */
    @Test
    void deliveryReceiptsAreStoredUnderTheCitizenForTheNotificationWork() {
        ZaloEvents.deliver(ZaloEvents.receipt("user_received_message", "84912345678",
                "{\"msg_id\":\"zmsg-1\",\"tracking_id\":\"dossier-7-status-2\",\"delivery_time\":\"1718000000500\"}"));
        ZaloEvents.deliver(ZaloEvents.receipt("user_seen_message", "u-seen", "{\"msg_ids\":[\"a1\",\"a2\"]}"));
        ZaloEvents.deliver(ZaloEvents.receipt("user_received_message", "u-other", "{\"msg_ids\":[\"b1\"]}"));
        assertThat(Db.column("select event_name || ':' || coalesce(msg_id, '') || ':' || coalesce(tracking_id, '') "
                + "|| ':' || zalo_user_id from zalo_delivery_receipt order by id")).containsExactly(
                "user_received_message:zmsg-1:dossier-7-status-2:84912345678", "user_seen_message:a1::u-seen",
                "user_seen_message:a2::u-seen", "user_received_message:b1::u-other");
        assertThat(Db.column("select zalo_user_id || ':' || state from zalo_inbox order by id"))
                .containsExactly("84912345678:processed", "u-seen:processed", "u-other:processed");
        assertThat(Db.count("select count(*) from zalo_inbox where zalo_user_id = '388613280878808645'")).isZero();
        // a receipt is not the citizen writing: it opens no interaction window
        assertThat(Db.count("select count(*) from zalo_user")).isZero();
    }
}
