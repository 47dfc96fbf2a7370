package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.motcua.admin.AdminFixture.get;
import static vn.motcua.admin.AdminPagesTest.IN_COMMUNE;
import static vn.motcua.admin.AdminPagesTest.IN_OLD_DISTRICT;
import static vn.motcua.admin.AdminPagesTest.IN_OTHER_COMMUNE;

/** The dossier list's filters by agency, procedure and due date, its paging links, and far pages. */
@QuarkusTest
class DossierSearchTest {
    static final String LAND = "000.12.00.H36-261120-0101";
    static final String BUSINESS = "000.12.00.H36-261120-0102";

    @BeforeEach
    void seed() {
        AdminFixture.seed();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
        dossier(LAND, "1.001612", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", now.plusDays(3));
        dossier(BUSINESS, "2.000046", "Đăng ký thành lập hộ kinh doanh", now.plusDays(20));
    }

    private static void dossier(String code, String procedureCode, String procedureName, OffsetDateTime due) {
        Api.postOwn("""
                {"code":"%s","status":2,"agencyCode":"000.12.00.H36","procedureCode":"%s","procedureName":"%s",
                 "receivedAt":"%s","dueAt":"%s","applicant":{"name":"Phạm Minh Tâm","phone":"0987000222"}}"""
                .formatted(code, procedureCode, procedureName, due.minusDays(30), due)).statusCode(200);
    }

    @Test
    void anAgencyOfTheSubtreeNarrowsTheListAndKeepsWhatWasMergedIntoIt() {
        String admin = AdminFixture.session("quantri");
        get(admin, "/admin/dossiers?coquan=000.12.00.H36").statusCode(200)
                .body(containsString(IN_COMMUNE)).body(containsString(IN_OLD_DISTRICT)).body(not(containsString(IN_OTHER_COMMUNE)))
                .body(containsString("UBND huyện Hàm Thuận Bắc (đã sáp nhập)"));
    }

    @Test
    void anAgencyOutsideTheOfficersSubtreeShowsNothing() {
        String officer = AdminFixture.session("canbo");
        get(officer, "/admin/dossiers?coquan=000.10.00.H36").statusCode(200)
                .body(not(containsString(IN_OTHER_COMMUNE))).body(not(containsString(IN_COMMUNE)))
                .body(containsString("Không có hồ sơ phù hợp."))
                .body(not(containsString("UBND phường Phan Thiết")));
    }

    @Test
    void procedureMatchesItsCodeOrWordsOfItsNameWithoutDiacritics() {
        String admin = AdminFixture.session("quantri");
        get(admin, "/admin/dossiers?thutuc=2.000046").statusCode(200)
                .body(containsString(BUSINESS)).body(not(containsString(LAND)));
        get(admin, "/admin/dossiers?thutuc=quyen su dung dat").statusCode(200)
                .body(containsString(LAND)).body(not(containsString(BUSINESS))).body(not(containsString(IN_COMMUNE)));
    }

    @Test
    void dueWithinKeepsOpenDossiersDueInTheComingDays() {
        String admin = AdminFixture.session("quantri");
        get(admin, "/admin/dossiers?hantrong=7").statusCode(200)
                .body(containsString(LAND)).body(not(containsString(BUSINESS)));
        get(admin, "/admin/dossiers?hantrong=30").statusCode(200)
                .body(containsString(LAND)).body(containsString(BUSINESS));
        get(admin, "/admin/dossiers?hantrong=0").statusCode(400);
        get(admin, "/admin/dossiers?hantrong=abc").statusCode(400);
    }

    @Test
    void pagingLinksKeepTheFilterEncodedAndFarPagesAreEmptyNotErrors() {
        String admin = AdminFixture.session("quantri");
        get(admin, "/admin/dossiers?ten=Phạm Minh&thutuc=đất&trang=2").statusCode(200)
                .body(containsString("Không có hồ sơ phù hợp."))
                .body(containsString("href=\"?ten=Ph%E1%BA%A1m+Minh&amp;thutuc=%C4%91%E1%BA%A5t&amp;trang=1\""));
        get(admin, "/admin/dossiers?trang=2147483647").statusCode(200).body(containsString("Không có hồ sơ phù hợp."));
        get(admin, "/admin/dossiers?trang=99999999999").statusCode(400);
    }
}
