package vn.motcua.admin;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import vn.motcua.support.Db;

import java.util.Map;

/**
 * The admin tests' world: AdminPagesTest's province with two communes, plus a supervisor in each commune and
 * an officer of the other commune; helpers to log in, read the CSRF token and post forms.
 */
public final class AdminFixture {
    public static final String COMMUNE = "000.12.00.H36";
    public static final String OTHER_COMMUNE = "000.10.00.H36";
    public static final String PROVINCE = "000.00.00.H36";

    private AdminFixture() {
    }

    public static void seed() {
        AdminPagesTest.hashOnce();
        new AdminPagesTest().seed();
        officer("giamsat", "Phạm Thị Giám Sát", "supervisor", COMMUNE);
        officer("giamsat.phanthiet", "Võ Văn Giám Sát", "supervisor", OTHER_COMMUNE);
        officer("canbo.phanthiet", "Hồ Thị Phan Thiết", "officer", OTHER_COMMUNE);
        officer("quantri.xa", "Đỗ Văn Quản Trị Xã", "administrator", COMMUNE);
    }

    public static void officer(String username, String fullName, String role, String agencyCode) {
        Db.execute("insert into officer(username, password_hash, full_name, role, agency_id) select '" + username + "', '"
                + AdminPagesTest.hash + "', '" + fullName + "', '" + role + "', id from agency where code = '" + agencyCode + "'");
    }

    public static long agencyId(String code) {
        return Db.count("select id from agency where code = '" + code + "'");
    }

    public static long officerId(String username) {
        return Db.count("select id from officer where username = '" + username + "'");
    }

    public static String session(String user) {
        return AdminPagesTest.session(user);
    }

    public static String csrf(String cookie) {
        String page = RestAssured.given().cookie("motcua-admin", cookie).get("/admin").asString();
        return page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
    }

    public static ValidatableResponse get(String cookie, String path) {
        return RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie).get(path).then();
    }

    public static ValidatableResponse post(String cookie, String path, Map<String, String> form) {
        var request = RestAssured.given().redirects().follow(false).cookie("motcua-admin", cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach(request::formParam);
        return request.post(path).then();
    }

    public static ValidatableResponse post(String cookie, String path, String... pairs) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return post(cookie, path, form);
    }

    public static long count(String sql) {
        return Db.count(sql);
    }
}
