package vn.motcua.lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PublicLookupResourceTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";

    @BeforeEach
    void seed() {
        Db.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "5", "20261204170000")).statusCode(200);
        Api.postDvcqg("""
                {"service":"DongBoHoSoMC","data":[{"MaHoSo":"%s","TrangThaiHoSo":"5","GhiChu":"Thiếu bản vẽ",
                  "DanhSachHoSoBoSung":[{"NoiDungBoSung":"Bản vẽ sơ đồ thửa đất","NgayBoSung":"20261123090000"}],
                  "DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí cấp giấy chứng nhận","Gia":"100000"}]}]}
                """.formatted(CODE)).statusCode(200);
    }

    @Test
    void codesAreFoundHoweverTheyAreTyped() {
        for (String typed : new String[]{CODE, "000.00.22.h12-261120-0007", " 000 00 22 H12 261120 0007 ",
                "0000022H122611200007", "000.00.22.H12 261120 0007"}) {
            Api.lookup(typed).statusCode(200).body("code", equalTo(CODE));
        }
    }

    @Test
    void publicAnswerShowsTheMinimumOnly() {
        Api.lookup(CODE).statusCode(200)
                .contentType(ContentType.JSON)
                .body("status.code", equalTo(5))
                .body("status.label", equalTo("Yêu cầu bổ sung giấy tờ"))
                .body("status.nextStep", containsString("bổ sung"))
                .body("applicantName", equalTo("Nguyễn V** B"))
                .body("access", equalTo("public"))
                .body("tokenValid", nullValue())
                .body("$", not(hasKey("detail")))
                .body(not(containsString("0912345678")))
                .body(not(containsString("Thiếu bản vẽ")));
    }

    @Test
    void unknownCodeIsA404InVietnamese() {
        Api.lookup("000.00.22.H12-261120-9999").statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy hồ sơ"))
                .body("detail", containsString("giấy tiếp nhận"));
        Api.lookup("x".repeat(300)).statusCode(404).contentType("application/problem+json");
        // a NUL or a dot segment in the path is refused before routing (UnsafePathFilter): 400, no longer 404
        RestAssured.given().urlEncodingEnabled(false).get("/api/public/v1/dossiers/abc%00def").then()
                .statusCode(400).contentType("application/problem+json");
        RestAssured.given().urlEncodingEnabled(false).get("/api/public/v1/dossiers/%2F..%2F").then()
                .statusCode(400).contentType("application/problem+json");
        // a vendor's code with a slash, sent encoded, is still looked up
        RestAssured.given().urlEncodingEnabled(false).get("/api/public/v1/dossiers/HS%2F2026%2F0001").then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("HS/2026/0001"));
    }

    @Test
    void proofByPhoneOrIdGivesATokenThatOpensTheFullDetail() {
        String token = RestAssured.given().contentType(ContentType.JSON).body("{\"phone\":\"0912 345 678\"}")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(200)
                .extract().path("token");
        RestAssured.given().contentType(ContentType.JSON).body("{\"idNumber\":\"079123456789\"}")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(200)
                .body("token", equalTo(token));
        RestAssured.given().queryParam("t", token).get("/api/public/v1/dossiers/{code}", CODE).then()
                .statusCode(200)
                .body("access", equalTo("full"))
                .body("tokenValid", equalTo(true))
                .body("detail.applicantName", equalTo("Nguyễn Văn Bình"))
                .body("detail.phone", equalTo("*******678"))
                .body("detail.supplements[0].items", contains("Bản vẽ sơ đồ thửa đất"))
                .body("detail.fees[0].amount", equalTo(100000))
                .body("detail.notes", contains("Thiếu bản vẽ"));
    }

    @Test
    void aTamperedOrRevokedTokenGivesThePublicViewAndSaysSo() {
        String token = RestAssured.given().contentType(ContentType.JSON).body("{\"phone\":\"0912345678\"}")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().extract().path("token");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        RestAssured.given().queryParam("t", tampered).get("/api/public/v1/dossiers/{code}", CODE).then()
                .statusCode(200).body("access", equalTo("public")).body("tokenValid", equalTo(false));
        Db.execute("update dossier set token_generation = token_generation + 1");
        RestAssured.given().queryParam("t", token).get("/api/public/v1/dossiers/{code}", CODE).then()
                .statusCode(200).body("access", equalTo("public")).body("tokenValid", equalTo(false));
    }

    @Test
    void wrongProofsAnswerTheSameWhetherTheDossierExistsOrNotAndLockAfterFive() {
        String existing = RestAssured.given().contentType(ContentType.JSON).body("{\"phone\":\"0900000000\"}")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(403)
                .contentType("application/problem+json").extract().path("detail");
        String missing = RestAssured.given().contentType(ContentType.JSON).body("{\"phone\":\"0900000000\"}")
                .post("/api/public/v1/dossiers/{code}/access", "000.00.22.H12-261120-9999").then().statusCode(403)
                .extract().path("detail");
        assertThat(existing).isEqualTo(missing);
        for (int i = 0; i < 4; i++) {
            RestAssured.given().contentType(ContentType.JSON).body("{\"idNumber\":\"00000000000" + i + "\"}")
                    .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(403);
        }
        // locked now, even for the right proof
        RestAssured.given().contentType(ContentType.JSON).body("{\"phone\":\"0912345678\"}")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void accessNeedsAProofAndAJsonBody() {
        RestAssured.given().contentType(ContentType.JSON).body("{}")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(400)
                .contentType("application/problem+json");
        RestAssured.given().contentType(ContentType.JSON).body("{\"phone\":")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(400)
                .contentType("application/problem+json");
        RestAssured.given().contentType(ContentType.JSON).body("{\"phone\":[1,2]}")
                .post("/api/public/v1/dossiers/{code}/access", CODE).then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * Deliberately changed: an old agency code is no longer rewritten onto its successor's. The successor's own
     * dossier with the same date and number belongs to a stranger, so the old code resolves only through an alias.
     */
    @Test
    void oldCodesResolveOnlyThroughRecordedAliasesNeverByRewritingTheAgency() {
        Db.execute("insert into agency(code, name) values ('000.00.00.H36', 'UBND tỉnh Lâm Đồng')");
        Db.execute("insert into agency(code, name, replaced_by_id) values ('000.00.21.H12', 'UBND thị xã La Gi', "
                + "(select id from agency where code = '000.00.00.H36'))");
        // the successor's own dossier, a stranger's, with the same date and number as an old La Gi receipt
        Api.postOwn("{\"code\":\"000.00.00.H36-250310-0042\",\"status\":4}").statusCode(200);
        Api.lookup("000.00.21.H12-250310-0042").statusCode(404);

        // the dossier the old receipt was issued for, re-coded after the merger, with its old code recorded
        Api.postOwn("""
                {"code":"000.00.00.H36-250310-0043","status":4,"aliases":["000.00.21.H12-250310-0043"]}""")
                .statusCode(200).body("results[0].warnings", org.hamcrest.Matchers.nullValue());
        Api.lookup("000.00.21.H12-250310-0043").statusCode(200).body("code", equalTo("000.00.00.H36-250310-0043"));

        Db.execute("insert into dossier_code_alias(alias_key, alias_code, dossier_id) select 'HS20250001', 'HS-2025-0001', id "
                + "from dossier where code = '" + CODE + "'");
        Api.lookup("hs-2025-0001").statusCode(200).body("code", equalTo(CODE));
    }

    @Test
    void aReceiptQrPrintedBeforeReCodingKeepsOpeningTheFullDetail() {
        // the printed QR carries the link signed for the code the dossier had then
        String oldCode = "000.00.22.H12-250310-0042";
        Api.postOwn("{\"code\":\"" + oldCode + "\",\"status\":4,\"applicant\":{\"phone\":\"0966123123\"}}")
                .statusCode(200);
        String printed = RestAssured.given().header("X-Api-Key", Api.KEY)
                .get("/api/integration/v1/dossiers/{code}/link", oldCode).then().statusCode(200).extract().path("token");
        // re-coding: the dossier now carries its new code and the old one as an alias (as the demo loads it)
        Db.execute("update dossier set code = '000.12.00.H36-250310-0042', lookup_key = '0001200H362503100042' "
                + "where code = '" + oldCode + "'");
        Db.execute("insert into dossier_code_alias(alias_key, alias_code, dossier_id) select '0000022H122503100042', '"
                + oldCode + "', id from dossier where code = '000.12.00.H36-250310-0042'");
        RestAssured.given().queryParam("t", printed).get("/api/public/v1/dossiers/{code}", oldCode).then()
                .statusCode(200)
                .body("code", equalTo("000.12.00.H36-250310-0042"))
                .body("access", equalTo("full"));
        // the old code's signature does not open the dossier when asked by its new code
        RestAssured.given().queryParam("t", printed).get("/api/public/v1/dossiers/{code}", "000.12.00.H36-250310-0042")
                .then().statusCode(200).body("access", equalTo("public"));
    }

    @Test
    void mimiAppOriginsMayCallTheApi() {
        for (String origin : new String[]{"https://h5.zdn.vn", "zbrowser://h5.zdn.vn"}) {
            RestAssured.given().header("Origin", origin).get("/api/public/v1/dossiers/{code}", CODE).then()
                    .statusCode(200).header("Access-Control-Allow-Origin", origin);
        }
        RestAssured.given().header("Origin", "https://evil.example").get("/api/public/v1/dossiers/{code}", CODE)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
