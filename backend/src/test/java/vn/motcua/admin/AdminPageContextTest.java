package vn.motcua.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page gets the signed-in officer, the CSRF token and the formats from {@link AdminPageContext}
 * (not from its own template parameters): each page shows the right officer and menus, and every form on it
 * carries the token of that officer's session, even when two officers' requests take turns.
 */
@QuarkusTest
class AdminPageContextTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    private static final List<String> PAGES = List.of("/admin", "/admin/dossiers",
            "/admin/dossiers/" + AdminPagesTest.IN_COMMUNE, "/admin/dashboard", "/admin/inbox", "/admin/promotion",
            "/admin/announcements", "/admin/audit", "/admin/officers", "/admin/settings", "/admin/settings/procedures",
            "/admin/zalo");

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    @Test
    void everyPageShowsTheOfficerAndCarriesTheirSessionsToken() {
        String administrator = AdminFixture.session("quantri");
        String officer = AdminFixture.session("canbo");
        String administratorToken = logoutToken(page(administrator, "/admin"));
        String officerToken = logoutToken(page(officer, "/admin"));
        assertThat(administratorToken).isNotBlank().isNotEqualTo(officerToken);

        for (String path : PAGES) {
            String html = page(administrator, path);
            assertThat(html).as(path).contains("Nguyễn Thị Quản Trị").contains("href=\"/admin/zalo\"");
            assertThat(tokens(html)).as(path + ": every form's token").isNotEmpty().containsOnly(administratorToken);
            // the other officer's request in between must not change whose page the next one is
            assertThat(page(officer, "/admin")).contains("Lê Văn Cán Bộ").doesNotContain("Nguyễn Thị Quản Trị")
                    .doesNotContain("href=\"/admin/officers\"").contains("value=\"" + officerToken + "\"");
        }
    }

    private static String page(String cookie, String path) {
        return RestAssured.given().cookie("motcua-admin", cookie).get(path).then().statusCode(200).extract().asString();
    }

    private static String logoutToken(String html) {
        return html.replaceAll("(?s).*action=\"/admin/logout\"><input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\".*", "$1");
    }

    private static List<String> tokens(String html) {
        Matcher m = CSRF.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
