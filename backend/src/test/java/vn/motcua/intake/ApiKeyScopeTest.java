package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.support.Scopes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Integration keys are bound to a source system and an agency subtree (issue 13, "Scopes"): a key changes only
 * dossiers of its own source or subtree, places dossiers only in its subtree, and the applicant's phone or id number
 * can be changed only by the source that sent the dossier; each refusal is per record, with its reason.
 */
@QuarkusTest
class ApiKeyScopeTest {
    static final Class<?> DB = PostgresTest.class;
    /** igate serves commune A (Hàm Thuận Bắc), vnpt commune B (Phan Thiết); the bootstrap key the whole province. */
    static final String IGATE = "igate-key-for-commune-a-0123456789";
    static final String VNPT = "vnpt-key-for-commune-b-0123456789";
    static final String IN_A = "000.12.00.H36-261201-0001";
    static final String IN_B = "000.10.00.H36-261201-0002";

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void seed() {
        Db.reset();
        Scopes.twoCommunes();
        Db.execute("insert into agency(code, name, parent_id) select '000.12.01.H36', 'Thôn Phú Lập', id from agency "
                + "where code = '000.12.00.H36'");
        Scopes.key(IGATE, "igate", "000.12.00.H36");
        Scopes.key(VNPT, "vnpt", "000.10.00.H36");
        own(VNPT, dossier(IN_B, 2, "000.10.00.H36", "0905111222")).body("results[0].outcome", equalTo("created"));
        // a dossier the province's own system (the bootstrap key) filed in commune A
        Api.postOwn(dossier(IN_A, 2, "000.12.00.H36", "0912345678")).statusCode(200)
                .body("results[0].outcome", equalTo("created"));
    }

    static String dossier(String code, int status, String agency, String phone) {
        return """
                {"code":"%s","status":%d,"agencyCode":"%s","applicant":{"name":"Nguyễn Văn An","phone":"%s"}}"""
                .formatted(code, status, agency, phone);
    }

    static ValidatableResponse own(String key, String json) {
        return RestAssured.given().header("X-Api-Key", key).contentType("application/json").body(json)
                .post("/api/integration/v1/dossiers").then().statusCode(200);
    }

    static ValidatableResponse national(String key, String json) {
        return RestAssured.given().header("Authorization", "Bearer " + key).contentType("application/json").body(json)
                .post("/api/integration/dvcqg/DongBoHoSoMC").then().statusCode(200);
    }

    @Test
    void aKeyChangesDossiersOfItsOwnSourceOrSubtreeOnly() {
        // igate may not touch vnpt's dossier in commune B, in either format
        own(IGATE, "{\"code\":\"" + IN_B + "\",\"status\":4}").body("results[0].outcome", equalTo("rejected"))
                .body("results[0].errors[0].message", containsString("outside the agencies this API key may change"));
        national(IGATE, "[{\"MaHoSo\":\"" + IN_B + "\",\"TrangThaiHoSo\":\"9\"}]").body("error_code", equalTo(-1));
        RestAssured.given().header("X-Api-Key", IGATE).contentType("application/json").body("""
                {"service":"CapNhatTienDoHoSoMC","data":[{"MaHoSo":"%s","ThoiDiemXuLy":"20261202090000","TrangThai":"8"}]}"""
                .formatted(IN_B)).post("/api/integration/dvcqg").then().body("error_code", equalTo(-1));
        Api.lookup(IN_B).statusCode(200).body("status.code", equalTo(2)).body("timeline.size()", equalTo(1));
        // but it may change another source's dossier of its own commune, and vnpt its own
        own(IGATE, "{\"code\":\"" + IN_A + "\",\"status\":4}").body("results[0].outcome", equalTo("updated"));
        own(VNPT, "{\"code\":\"" + IN_B + "\",\"status\":4}").body("results[0].outcome", equalTo("updated"));
        // the whole-province key changes any dossier
        Api.postOwn("{\"code\":\"" + IN_B + "\",\"status\":9}").statusCode(200).body("results[0].outcome", equalTo("updated"));
    }

    @Test
    void aKeyPlacesDossiersOnlyInItsSubtree() {
        own(IGATE, dossier("000.10.00.H36-261201-0009", 2, "000.10.00.H36", "0912000111"))
                .body("results[0].outcome", equalTo("rejected"))
                .body("results[0].errors[0].field", equalTo("agencyCode"));
        national(IGATE, "[{\"MaHoSo\":\"000.10.00.H36-261201-0010\",\"TrangThaiHoSo\":\"2\","
                + "\"DonViXuLy\":\"UBND phường Phan Thiết\"}]").body("data[0].errors[0].field", equalTo("DonViXuLy"));
        // nor moves one out of it
        own(IGATE, "{\"code\":\"" + IN_A + "\",\"status\":4,\"agencyCode\":\"000.10.00.H36\"}")
                .body("results[0].outcome", equalTo("rejected"));
        assertThat(Db.count("select count(*) from dossier where code like '000.10.00.H36-261201-00%' and code <> '" + IN_B + "'"))
                .isZero();
        // a village below the commune, an unknown agency (a placeholder under the commune) and none at all are fine
        own(IGATE, """
                [{"code":"000.12.01.H36-261201-0011","status":2,"agencyCode":"000.12.01.H36"},
                 {"code":"000.12.00.H36-261201-0012","status":2,"agencyName":"Bộ phận một cửa xã"},
                 {"code":"000.12.00.H36-261201-0013","status":2}]""")
                .body("results.outcome", org.hamcrest.Matchers.contains("created", "created", "created"));
        assertThat(Db.column("select d.code || '|' || p.code from dossier d join agency a on a.id = d.agency_id "
                + "join agency p on p.id = coalesce(a.parent_id, a.id) where d.code like '%-261201-001%' order by d.code"))
                .containsExactly("000.12.00.H36-261201-0012|000.12.00.H36", "000.12.00.H36-261201-0013|000.00.00.H36",
                        "000.12.01.H36-261201-0011|000.12.00.H36");
    }

    @Test
    void anotherSourceCannotChangeTheApplicantsPhoneOrIdNumber() {
        // igate may update bootstrap's dossier in its commune, repeating the phone, but not change it
        own(IGATE, dossier(IN_A, 4, "000.12.00.H36", "0912345678")).body("results[0].outcome", equalTo("updated"));
        own(IGATE, dossier(IN_A, 4, "000.12.00.H36", "0999888777")).body("results[0].outcome", equalTo("rejected"))
                .body("results[0].errors[0].field", equalTo("applicant.phone"))
                .body("results[0].errors[0].message", containsString("only by the source system that sent the dossier"));
        national(IGATE, "[{\"MaHoSo\":\"" + IN_A + "\",\"TrangThaiHoSo\":\"4\",\"SoGiayToChuHoSo\":\"079999000111\"}]")
                .body("data[0].error_code", equalTo(-1))
                .body("data[0].errors[0].field", equalTo("SoGiayToChuHoSo"));
        // even the whole-province key cannot change the phone of vnpt's dossier
        Api.postOwn(dossier(IN_B, 2, "000.10.00.H36", "0999888777")).statusCode(200)
                .body("results[0].outcome", equalTo("rejected"));
        assertThat(Db.column("select applicant_phone from dossier order by code"))
                .containsExactly("84905111222", "84912345678");
        assertThat(Db.count("select count(*) from dossier where applicant_id_hash is not null")).isZero();
        // the source that sent the dossier may correct it
        own(VNPT, dossier(IN_B, 2, "000.10.00.H36", "0999888777")).body("results[0].outcome", equalTo("updated"));
        assertThat(Db.column("select applicant_phone from dossier where code = '" + IN_B + "'")).containsExactly("84999888777");
    }

    @Test
    void theQueueDoorCannotChangeAnotherSourcesApplicantEither() {
        connector.source("dossier-updates").send(dossier(IN_A, 4, "000.12.00.H36", "0999888777"));
        connector.source("dossier-updates").send("{\"code\":\"" + IN_B + "\",\"status\":4}");
        DossierUpdatesInMemoryTest.waitFor("select count(*) from dossier where code = '" + IN_B + "' and status = 4", 1);
        assertThat(Db.column("select status || '|' || applicant_phone from dossier where code = '" + IN_A + "'"))
                .containsExactly("2|84912345678");
    }
}
