package vn.motcua.admin;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form the admin accepts is checked by {@link CsrfCheck}, found from the code rather than listed by hand: a
 * page class added tomorrow is covered by this test the day it is written. Each post comes from a signed-in
 * administrator (so only the token can refuse it), without the token and with a forged one.
 */
@QuarkusTest
class CsrfCheckTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    @Test
    void everyAdminFormIsRefusedWithoutTheSessionsToken() {
        List<Form> forms = adminForms();
        assertThat(forms).as("the admin's POST endpoints, found in the class files").hasSizeGreaterThanOrEqualTo(28)
                .contains(new Form("/admin/logout", false), new Form("/admin/settings/procedures/import", true),
                        new Form("/admin/dossiers/1/actions", false));
        String cookie = AdminFixture.session("quantri");
        long audited = Db.count("select count(*) from audit_log");

        for (Form form : forms) {
            if (form.multipart()) {
                refused(RestAssured.given().multiPart("ten", "Giả mạo"), cookie, form.path());
                refused(RestAssured.given().multiPart("csrf", "forged").multiPart("ten", "Giả mạo"), cookie, form.path());
            } else {
                refused(RestAssured.given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam("ten", "Giả mạo"), cookie, form.path());
                refused(RestAssured.given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam("csrf", "forged").formParam("ten", "Giả mạo"), cookie, form.path());
            }
        }
        assertThat(Db.count("select count(*) from audit_log")).as("no refused form did anything").isEqualTo(audited);
        AdminFixture.get(cookie, "/admin").statusCode(200);
    }

    @Test
    void theRightTokenPassesTheCheck() {
        String cookie = AdminFixture.session("quantri");
        AdminFixture.post(cookie, "/admin/settings/holidays", "csrf", AdminFixture.csrf(cookie), "ngay", "2027-03-17",
                "ten", "Nghỉ bù").statusCode(303);
        assertThat(Db.count("select count(*) from holiday where day = date '2027-03-17'")).isEqualTo(1);
    }

    @Test
    void theCheckCoversTheAdminsPathsAndClassesButNotTheLoginForm() {
        assertThat(CsrfCheck.underAdmin("/admin")).isTrue();
        assertThat(CsrfCheck.underAdmin("/admin/logout")).isTrue();
        assertThat(CsrfCheck.underAdmin("/administration")).isFalse();
        assertThat(CsrfCheck.adminPage(vn.motcua.admin.settings.SettingsActions.class)).isTrue();
        assertThat(CsrfCheck.adminPage(vn.motcua.admin.auth.LoginResource.class)).isFalse();
        assertThat(CsrfCheck.adminPage(vn.motcua.lookup.PublicLookupResource.class)).isFalse();
    }

    private static void refused(io.restassured.specification.RequestSpecification request, String cookie, String path) {
        var response = request.redirects().follow(false).cookie("motcua-admin", cookie).post(path);
        assertThat(response.statusCode()).as("%s answered %s", path, response.asString()).isEqualTo(403);
        assertThat(response.contentType()).as(path).contains("problem+json");
    }

    /** A form the admin accepts: its path with the parameters filled in, and whether it is a file upload. */
    record Form(String path, boolean multipart) {
    }

    /** Each POST method of the admin's page classes, posted the way its page's form posts it. */
    static List<Form> adminForms() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua.admin").stream()
                .filter(c -> c.isAnnotatedWith(Path.class) && CsrfCheck.adminPage(c.reflect()))
                .flatMap(c -> c.getMethods().stream().filter(m -> m.isAnnotatedWith(POST.class))
                        .map(m -> new Form(join(path(c), m.isAnnotatedWith(Path.class)
                                ? m.getAnnotationOfType(Path.class).value() : "").replaceAll("\\{[^}]+}", "1"),
                                m.isAnnotatedWith(Consumes.class) && List.of(m.getAnnotationOfType(Consumes.class).value())
                                        .contains(MediaType.MULTIPART_FORM_DATA))))
                .distinct().sorted(java.util.Comparator.comparing(Form::path)).toList();
    }

    private static String path(JavaClass c) {
        return c.getAnnotationOfType(Path.class).value();
    }

    private static String join(String base, String sub) {
        return sub.isEmpty() ? base : base.replaceAll("/$", "") + (sub.startsWith("/") ? sub : "/" + sub);
    }
}
