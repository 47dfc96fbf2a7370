package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.COMMUNE;
import static vn.motcua.admin.AdminFixture.OTHER_COMMUNE;
import static vn.motcua.admin.AdminFixture.PROVINCE;
import static vn.motcua.admin.AdminFixture.agencyId;
import static vn.motcua.admin.AdminFixture.csrf;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.post;
import static vn.motcua.admin.AdminFixture.session;

/** Marking an agency merged into another (2025): audited, its dossiers follow, and no cycles. */
@QuarkusTest
class AgencyMergeTest {
    static final Class<?> DB = PostgresTest.class;
    static final String OLD_DISTRICT = "000.00.22.H12";

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    private static io.restassured.response.ValidatableResponse merge(String cookie, String agency, String into) {
        return post(cookie, "/admin/settings/agencies/merge", "csrf", csrf(cookie), "donvi", String.valueOf(agencyId(agency)),
                "vao", String.valueOf(agencyId(into)));
    }

    @Test
    void aMergedAgencysDossiersGoToItsSuccessorAndItsCodesStillResolve() {
        get(session("canbo"), "/admin/dossiers").body(not(containsString(AdminPagesTest.IN_OTHER_COMMUNE)));
        String admin = session("quantri");
        get(admin, "/admin/settings").statusCode(200).body(containsString("action=\"/admin/settings/agencies/merge\""));
        merge(admin, OTHER_COMMUNE, COMMUNE).statusCode(303).header("Location", containsString("/admin/settings#donvi"));
        assertThat(Db.column("select r.code || ' ' || a.active from agency a join agency r on r.id = a.replaced_by_id "
                + "where a.code = '" + OTHER_COMMUNE + "'")).containsExactly(COMMUNE + " false");
        assertThat(Db.column("select action || ' ' || target || ' ' || after_state from audit_log"))
                .containsExactly("agency-merge agency:000.10.00.H36 replacedBy=000.12.00.H36 (UBND xã Hàm Thuận Bắc)");
        get(admin, "/admin/settings").body(containsString("Đã sáp nhập vào UBND xã Hàm Thuận Bắc"));
        get(session("canbo"), "/admin/dossiers").statusCode(200).body(containsString(AdminPagesTest.IN_OTHER_COMMUNE));
        RestAssured.get("/api/public/v1/dossiers/{code}", AdminPagesTest.IN_OTHER_COMMUNE).then().statusCode(200);
    }

    @Test
    void refusesItselfADescendantAndAgenciesAlreadyMerged() {
        String admin = session("quantri");
        Db.execute("insert into agency (code, name, parent_id) select '000.12.01.H36', 'Bộ phận một cửa xã', id from agency "
                + "where code = '" + COMMUNE + "'");
        merge(admin, COMMUNE, COMMUNE).statusCode(400).body(containsString("chính nó"));
        merge(admin, PROVINCE, COMMUNE).statusCode(400).body(containsString("cấp dưới"));
        merge(admin, COMMUNE, "000.12.01.H36").statusCode(400).body(containsString("cấp dưới"));
        // the old district was merged into the commune: the commune cannot go into it, nor can it move again
        merge(admin, OTHER_COMMUNE, OLD_DISTRICT).statusCode(409);
        merge(admin, OLD_DISTRICT, OTHER_COMMUNE).statusCode(409);
        post(admin, "/admin/settings/agencies/merge", "csrf", csrf(admin), "donvi", "abc", "vao", "1").statusCode(400);
        post(admin, "/admin/settings/agencies/merge", "csrf", csrf(admin)).statusCode(400);
        // a commune's administrator cannot reach the other commune
        merge(session("quantri.xa"), OTHER_COMMUNE, COMMUNE).statusCode(404);
        assertThat(Db.count("select count(*) from agency where replaced_by_id is not null")).isEqualTo(1);
        assertThat(Db.count("select count(*) from audit_log")).isZero();
    }

    @Test
    void onlyAdministratorsWithTheCsrfTokenMerge() {
        String other = String.valueOf(agencyId(OTHER_COMMUNE));
        String commune = String.valueOf(agencyId(COMMUNE));
        for (String user : new String[] {"canbo", "giamsat"}) {
            String cookie = session(user);
            post(cookie, "/admin/settings/agencies/merge", "csrf", csrf(cookie), "donvi", other, "vao", commune).statusCode(403);
        }
        String admin = session("quantri");
        post(admin, "/admin/settings/agencies/merge", "donvi", other, "vao", commune).statusCode(403);
        post(admin, "/admin/settings/agencies/merge", "csrf", "forged", "donvi", other, "vao", commune).statusCode(403);
        assertThat(Db.count("select count(*) from agency where replaced_by_id is not null")).isEqualTo(1);
    }
}
