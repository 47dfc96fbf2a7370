package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.agencyId;
import static vn.motcua.admin.AdminFixture.csrf;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminFixture.officerId;
import static vn.motcua.admin.AdminFixture.post;
import static vn.motcua.admin.AdminFixture.session;

/** Administrators manage the officers of their subtree; every change is audited; others are refused. */
@QuarkusTest
class OfficerPagesTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    @Test
    void anAdministratorCreatesAnOfficerWhoCanLogInWithTheInitialPassword() {
        String cookie = session("quantri");
        String page = post(cookie, "/admin/officers", "csrf", csrf(cookie), "username", "CanBo.Moi", "hoten", "Ngô Thị Mới",
                "vaitro", "officer", "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE)))
                .statusCode(200).body(containsString("chỉ hiển thị một lần")).extract().asString();
        String password = page.replaceAll("(?s).*<p class=\"once\">([^<]+)</p>.*", "$1");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(AdminPagesTest.login("canbo.moi", password).header("Location")).endsWith("/admin");
        assertThat(Db.column("select username || ' ' || action || ' ' || target from audit_log"))
                .containsExactly("quantri officer-create officer:canbo.moi");
        assertThat(Db.column("select after_state from audit_log")).noneMatch(s -> s.contains(password));
        post(cookie, "/admin/officers", "csrf", csrf(cookie), "username", "canbo.moi", "hoten", "Trùng", "vaitro", "officer",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE))).statusCode(409);
        post(cookie, "/admin/officers", "csrf", csrf(cookie), "username", "x y", "hoten", "Sai", "vaitro", "officer",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE))).statusCode(400);
        post(cookie, "/admin/officers", "csrf", csrf(cookie), "username", "hople", "hoten", "Sai", "vaitro", "boss",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE))).statusCode(400);
        post(cookie, "/admin/officers", "csrf", csrf(cookie), "username", "hople", "hoten", "Ngắn", "vaitro", "officer",
                "donvi", String.valueOf(agencyId(AdminFixture.COMMUNE)), "matkhau", "ngan").statusCode(400);
    }

    @Test
    void roleAgencyDeactivationUnlockAndResetAreAudited() {
        String cookie = session("quantri");
        String token = csrf(cookie);
        long canbo = officerId("canbo");
        post(cookie, "/admin/officers/" + canbo + "/role", "csrf", token, "vaitro", "supervisor",
                "donvi", String.valueOf(agencyId(AdminFixture.OTHER_COMMUNE))).statusCode(303);
        assertThat(Db.column("select role from officer where username = 'canbo'")).containsExactly("supervisor");
        Db.execute("update officer set failed_logins = 5, locked_until = now() + interval '10 minutes' where username = 'canbo'");
        get(cookie, "/admin/officers").statusCode(200).body(containsString("Tạm khóa do sai mật khẩu"));
        post(cookie, "/admin/officers/" + canbo + "/unlock", "csrf", token).statusCode(303);
        assertThat(Db.count("select count(*) from officer where username = 'canbo' and locked_until is null")).isEqualTo(1);
        post(cookie, "/admin/officers/" + canbo + "/password", "csrf", token, "matkhau", "MatKhauMoi@2026").statusCode(200)
                .body(containsString("MatKhauMoi@2026"));
        assertThat(AdminPagesTest.login("canbo", "MatKhauMoi@2026").header("Location")).endsWith("/admin");
        post(cookie, "/admin/officers/" + canbo + "/deactivate", "csrf", token).statusCode(303);
        assertThat(AdminPagesTest.login("canbo", "MatKhauMoi@2026").header("Location")).contains("loi=1");
        assertThat(Db.column("select action from audit_log order by id")).containsExactly("officer-change-role",
                "officer-unlock", "officer-reset-password", "officer-deactivate");
        assertThat(Db.column("select before_state || ' -> ' || after_state from audit_log where action = 'officer-change-role'"))
                .containsExactly("role=officer, agencyId=" + agencyId(AdminFixture.COMMUNE) + " -> role=supervisor, agencyId="
                        + agencyId(AdminFixture.OTHER_COMMUNE));
        post(cookie, "/admin/officers/" + officerId("quantri") + "/deactivate", "csrf", token).statusCode(409);
    }

    @Test
    void aCommuneAdministratorStaysInsideTheCommune() {
        String cookie = session("quantri.xa");
        String token = csrf(cookie);
        get(cookie, "/admin/officers").statusCode(200).body(containsString("Lê Văn Cán Bộ"))
                .body(not(containsString("Hồ Thị Phan Thiết"))).body(not(containsString("UBND phường Phan Thiết")));
        post(cookie, "/admin/officers/" + officerId("canbo.phanthiet") + "/deactivate", "csrf", token).statusCode(404);
        post(cookie, "/admin/officers/" + officerId("canbo.phanthiet") + "/password", "csrf", token).statusCode(404);
        post(cookie, "/admin/officers/" + officerId("canbo") + "/role", "csrf", token, "vaitro", "officer",
                "donvi", String.valueOf(agencyId(AdminFixture.OTHER_COMMUNE))).statusCode(404);
        post(cookie, "/admin/officers", "csrf", token, "username", "ngoai.pham.vi", "hoten", "Ngoài", "vaitro", "officer",
                "donvi", String.valueOf(agencyId(AdminFixture.PROVINCE))).statusCode(404);
        assertThat(Db.count("select count(*) from audit_log")).isZero();
        assertThat(Db.count("select count(*) from officer where active = false")).isZero();
    }

    @Test
    void otherRolesAndMissingCsrfAreRefused() {
        get(session("giamsat"), "/admin/officers").statusCode(403);
        String officer = session("canbo");
        post(officer, "/admin/officers/" + officerId("canbo.phanthiet") + "/deactivate", "csrf", csrf(officer)).statusCode(403);
        String admin = session("quantri");
        post(admin, "/admin/officers/" + officerId("canbo") + "/deactivate").statusCode(403);
        post(admin, "/admin/officers/" + officerId("canbo") + "/deactivate", "csrf", "forged").statusCode(403);
        assertThat(Db.count("select count(*) from officer where active = false")).isZero();
    }
}
