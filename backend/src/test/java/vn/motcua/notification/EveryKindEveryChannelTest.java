package vn.motcua.notification;

import vn.motcua.zalo.support.FakeZaloProfile;
import vn.motcua.zalo.support.FakeZalo;
import vn.motcua.zalo.support.LiveZaloData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.support.Eventually.within;

/**
 * Every message kind on every channel: each dossier has three followers, one inside the 48-hour window
 * (consultation), one outside it (template by user id), and the applicant's consented phone (template by
 * phone); one change per kind must reach all three with the right text or template.
 */
@QuarkusTest
@TestProfile(FakeZaloProfile.class)
class EveryKindEveryChannelTest {
    static final Class<?> DB = PostgresTest.class;
    private final FakeZalo zalo = FakeZalo.start();

    /** Kind, the change that causes it, and a phrase its Vietnamese text must hold. */
    record Case(String kind, String change, String phrase) {
    }

    static final List<Case> CASES = List.of(
            new Case("accepted", "\"status\":2", "đã được tiếp nhận"),
            new Case("refused", "\"status\":3,\"note\":\"Thiếu chữ ký\"", "không được tiếp nhận"),
            new Case("supplement-required", "\"status\":5,\"supplements\":[{\"items\":[\"Bản sao CCCD\"]}]", "Bản sao CCCD"),
            new Case("fee-due", "\"status\":6,\"fees\":[{\"name\":\"Lệ phí\",\"amount\":50000}]", "50.000 đồng"),
            new Case("withdrawn", "\"status\":7", "rút hồ sơ"),
            new Case("stopped", "\"status\":8", "đã dừng xử lý"),
            new Case("result-ready", "\"status\":9", "đã có kết quả"),
            new Case("result-returned", "\"status\":10", "đánh giá mức độ hài lòng"),
            new Case("delayed", "\"status\":1,\"dueAt\":\"2026-12-20T17:00:00+07:00\",\"dueDateChangeReason\":\"Chờ xác minh thực địa\"",
                    "Chờ xác minh thực địa"));

    @BeforeEach
    void clean() {
        Db.reset();
        Db.execute("truncate zalo_user, dossier_subscription, zalo_delivery_receipt, zalo_token cascade");
        LiveZaloData.storeValidOaToken();
        zalo.reset();
    }

    private static String record(String code, String key, String fields) {
        return """
                {"code":"%s","procedureCode":"1.001612","procedureName":"Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
                 "agencyCode":"000.00.22.H12","agencyName":"UBND huyện Hàm Thuận Bắc",
                 "applicant":{"name":"Trần Thị Mai","type":"citizen","phone":"09120000%02d"},"notificationConsent":true,
                 "eventKey":"%s","eventTime":"2026-11-2%sT09:00:00+07:00","receivedAt":"2026-11-20T08:00:00+07:00",
                 "dueAt":"2026-12-04T17:00:00+07:00",%s}"""
                .formatted(code, Integer.parseInt(code.substring(code.length() - 2)), key, key.equals("first") ? "0" : "5",
                        fields);
    }

    @Test
    void eachKindReachesEachChannelWithItsTextOrTemplate() {
        Map<String, Case> byCode = new LinkedHashMap<>();
        for (int i = 0; i < CASES.size(); i++) {
            String code = "000.00.22.H12-261120-01%02d".formatted(i + 10);
            byCode.put(code, CASES.get(i));
            Api.postOwn(record(code, "first", "\"status\":1")).statusCode(200);
            Db.execute("insert into zalo_user (zalo_user_id, followed, last_interaction_at) values ('w-" + code
                    + "', true, now()), ('o-" + code + "', true, now() - interval '5 days')");
            // both followers proved to be the applicant (the receipt's QR token): they hear every detail
            Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source, applicant_proof) "
                    + "select id, 'w-' || code, 'miniapp', 'qr-token' from dossier where code = '" + code + "' "
                    + "union all select id, 'o-' || code, 'miniapp', 'qr-token' from dossier where code = '" + code + "'");
        }
        byCode.forEach((code, c) -> Api.postOwn(record(code, "change", c.change())).statusCode(200));

        within(Duration.ofSeconds(30), () -> assertThat(Db.count(
                "select count(*) from notification where status = 'sent'")).isEqualTo(3L * CASES.size()));
        byCode.forEach((code, c) -> {
            List<FakeZalo.Call> consultation = zalo.calls(FakeZalo.CONSULTATION).stream()
                    .filter(call -> call.body().getJsonObject("recipient").getString("user_id").equals("w-" + code)).toList();
            assertThat(consultation).as(c.kind() + " consultation").hasSize(1);
            assertThat(consultation.get(0).body().getJsonObject("message").getString("text"))
                    .as(c.kind()).contains(code).contains(c.phrase());
            List<FakeZalo.Call> byUser = zalo.calls(FakeZalo.TEMPLATE_USER).stream()
                    .filter(call -> call.body().getString("user_id").equals("o-" + code)).toList();
            assertThat(byUser).as(c.kind() + " template by user id").hasSize(1);
            JsonObject userTemplate = byUser.get(0).body();
            assertThat(userTemplate.getString("template_id")).isEqualTo("sandbox-" + c.kind());
            assertThat(userTemplate.getJsonObject("template_data").getString("ma_ho_so")).isEqualTo(code);
            String phone = "849120000" + code.substring(code.length() - 2);
            List<FakeZalo.Call> byPhone = zalo.calls(FakeZalo.TEMPLATE_PHONE).stream()
                    .filter(call -> call.body().getString("phone").equals(phone)).toList();
            assertThat(byPhone).as(c.kind() + " template by phone").hasSize(1);
            assertThat(byPhone.get(0).body().getString("template_id")).isEqualTo("sandbox-" + c.kind());
            assertThat(byPhone.get(0).body().getString("tracking_id")).startsWith("mc").hasSize(42);
        });
        assertThat(Db.column("select distinct kind from notification order by 1")).hasSize(CASES.size());
    }
}
