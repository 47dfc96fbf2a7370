package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OwnFormatIntakeResourceTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.20.H12-261101-0002";

    @BeforeEach
    void clean() {
        Db.reset();
    }

    static String event(String status, String at, String key) {
        return """
                {"code":"%s","procedureCode":"2.000720","procedureName":"Đăng ký thành lập hộ kinh doanh",
                 "agencyCode":"000.00.20.H12","agencyName":"UBND thành phố Phan Thiết",
                 "applicant":{"name":"Lê Thị Mai","type":"citizen","phone":"+84 903 111 222","idNumber":"060190001234"},
                 "status":%s,"eventTime":"%s","eventKey":"%s","receivedAt":"2026-11-01T08:00:00+07:00",
                 "dueAt":"2026-11-06T17:00:00+07:00","channel":"online","resultDelivery":"post",
                 "notificationConsent":true}""".formatted(CODE, status, at, key);
    }

    @Test
    void aSingleRecordIsUpsertedAndAnsweredPerRecord() {
        Api.postOwn(event("2", "2026-11-01T08:00:00+07:00", "e1")).statusCode(200)
                .body("applied", equalTo(1))
                .body("rejected", equalTo(0))
                .body("results[0].outcome", equalTo("created"))
                .body("results[0].code", equalTo(CODE));
        assertThat(Db.column("select applicant_phone || ' ' || channel || ' ' || result_delivery || ' ' || notify_consent from dossier"))
                .containsExactly("84903111222 online post true");
    }

    @Test
    void replayedAndOutOfOrderEventsLeaveTheRightStatusAndTimeline() {
        String batch = "[" + event("2", "2026-11-01T08:00:00+07:00", "e1") + ","
                + event("9", "2026-11-05T10:00:00+07:00", "e3") + ","
                + event("4", "2026-11-02T09:00:00+07:00", "e2") + "]";
        Api.postOwn(batch).statusCode(200).body("applied", equalTo(3))
                .body("results.outcome", contains("created", "updated", "updated"));
        Api.postOwn(batch).statusCode(200).body("results.outcome", contains("unchanged", "unchanged", "unchanged"));

        Api.lookup(CODE).statusCode(200)
                .body("status.code", equalTo(9))
                .body("status.nextStep", org.hamcrest.Matchers.containsString("bưu chính"))
                .body("timeline.statusCode", contains(2, 4, 9));
        assertThat(Db.count("select count(*) from dossier_event")).isEqualTo(3);
        assertThat(Db.column("select coalesce(from_status::text, '-') || '>' || to_status from outbox order by id"))
                .containsExactly("->2", "2>9");
    }

    @Test
    void aBatchOfFiveHundredIsAcceptedAndFiveHundredAndOneIsNot() {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 1; i <= 501; i++) {
            batch.append(i > 1 ? "," : "").append("{\"code\":\"000.00.20.H12-261101-%04d\",\"status\":2}".formatted(i));
        }
        String tooMany = batch + "]";
        String justRight = tooMany.substring(0, tooMany.lastIndexOf(",{")) + "]";
        Api.postOwn(tooMany).statusCode(413).contentType("application/problem+json");
        assertThat(Db.count("select count(*) from dossier")).isZero();
        Api.postOwn(justRight).statusCode(200).body("applied", equalTo(500));
        assertThat(Db.count("select count(*) from dossier")).isEqualTo(500);
    }

    @Test
    void codesAreStoredNormalised() {
        Api.postOwn("{\"code\":\" 000 00 20 h12 261101 0009 \",\"status\":1}").statusCode(200)
                .body("results[0].code", equalTo("000.00.20.H12-261101-0009"));
    }

    @Test
    void recordsWithWrongTypesAreRefusedWithTheirField() {
        Api.postOwn("""
                [{"code":"A-1","status":"two"},{"code":"A-2","status":2,"dueAt":"next week"},
                 {"code":"A-3","status":2,"applicant":"Nguyễn"},{"code":"A-4","status":2,"supplements":[{"items":[]}]},
                 {"code":"A-5","status":2,"channel":"fax"},{"code":"A-6","status":2,"notificationConsent":"maybe"},
                 {"code":"A-7","status":2,"note":"nul\\u0000byte"}]""")
                .statusCode(200)
                .body("applied", equalTo(0))
                .body("results.errors.field.flatten()", contains("status", "dueAt", "applicant",
                        "supplements[0].items", "channel", "notificationConsent", "note"))
                .body("results.retryable.flatten()", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void aDocumentListThatDiffersReplacesTheStoredOneAndAnEmptyOneKeepsIt() {
        Api.postOwn("{\"code\":\"" + CODE + "\",\"status\":2,\"submittedDocuments\":[\"Tờ khai\",\"Bản sao CCCD\"]}")
                .statusCode(200).body("results[0].outcome", equalTo("created"));
        Api.postOwn("{\"code\":\"" + CODE + "\",\"submittedDocuments\":[{\"name\":\"Tờ khai (bản sửa)\",\"copies\":2}]}")
                .statusCode(200).body("results[0].outcome", equalTo("updated"));
        Api.postOwn("{\"code\":\"" + CODE + "\",\"submittedDocuments\":[]}").statusCode(200)
                .body("results[0].outcome", equalTo("unchanged"));
        assertThat(Db.column("select name || '|' || copies || '|' || position from dossier_document"))
                .containsExactly("Tờ khai (bản sửa)|2|0");
    }
}
