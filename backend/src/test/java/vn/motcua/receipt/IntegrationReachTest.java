package vn.motcua.receipt;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.Scopes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A dossier's link carries the token that opens the applicant's full detail, and revoking it voids the citizen's
 * printed QR code: a key bound to one commune reaches the links of its own dossiers and of its subtree only.
 */
@QuarkusTest
class IntegrationReachTest {
    static final Class<?> DB = PostgresTest.class;
    static final String IGATE = "igate-reach-key-commune-a-0123456789";
    static final String VNPT = "vnpt-reach-key-commune-b-0123456789";
    static final String IN_A = "000.12.00.H36-261201-0001";
    static final String IN_B = "000.10.00.H36-261201-0002";

    @BeforeEach
    void seed() {
        Db.reset();
        Scopes.twoCommunes();
        Scopes.key(IGATE, "igate", "000.12.00.H36");
        Scopes.key(VNPT, "vnpt", "000.10.00.H36");
        as(VNPT).contentType("application/json").body(dossier(IN_B, "000.10.00.H36"))
                .post("/api/integration/v1/dossiers").then().statusCode(200).body("results[0].outcome", equalTo("created"));
        // filed in commune A by the province's own system (the bootstrap key, bound to no agency)
        Api.postOwn(dossier(IN_A, "000.12.00.H36")).statusCode(200).body("results[0].outcome", equalTo("created"));
    }

    private static String dossier(String code, String agency) {
        return """
                {"code":"%s","status":2,"agencyCode":"%s","applicant":{"name":"Nguyễn Văn An","phone":"0912345678"}}"""
                .formatted(code, agency);
    }

    private static RequestSpecification as(String key) {
        return RestAssured.given().header("X-Api-Key", key);
    }

    @Test
    void aCommuneKeyGetsNoLinkQrOrReceiptOfAnotherSourcesDossierOutsideItsSubtree() {
        String generation = "select token_generation from dossier where code = '" + IN_B + "'";
        var before = Db.column(generation);
        for (String path : new String[] {"link", "qr.svg", "qr.png", "receipt"}) {
            as(IGATE).get("/api/integration/v1/dossiers/{code}/" + path, IN_B).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        // ...nor can it void the citizen's printed QR code
        as(IGATE).post("/api/integration/v1/dossiers/{code}/link/revoke", IN_B).then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(Db.column(generation)).isEqualTo(before);
    }

    @Test
    void aKeyReachesItsOwnDossiersAndItsSubtreeAndTheProvinceKeyReachesAll() {
        as(VNPT).get("/api/integration/v1/dossiers/{code}/link", IN_B).then().statusCode(200);
        as(IGATE).get("/api/integration/v1/dossiers/{code}/link", IN_A).then().statusCode(200);
        as(IGATE).post("/api/integration/v1/dossiers/{code}/link/revoke", IN_A).then().statusCode(200);
        as(Api.KEY).get("/api/integration/v1/dossiers/{code}/receipt", IN_B).then().statusCode(200);
        as(VNPT).get("/api/integration/v1/dossiers/{code}/link", IN_A).then().statusCode(403);
    }
}
