package vn.motcua.procedure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ProcedureResourceTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        Db.reset();
        Db.execute("""
                insert into procedure(code, name, field_name, processing_days, required_documents, search_text) values
                ('1.001612', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai', 30, E'Đơn đăng ký\\nSơ đồ thửa đất',
                 'cap giay chung nhan quyen su dung dat lan dau dat dai'),
                ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 1, null, 'dang ky khai sinh ho tich')""");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        RestAssured.given().queryParam("q", "DAT dai").get("/api/public/v1/procedures").then().statusCode(200)
                .body("code", contains("1.001612"))
                .body("[0].requiredDocuments", contains("Đơn đăng ký", "Sơ đồ thửa đất"));
        RestAssured.given().queryParam("q", "khai sinh").get("/api/public/v1/procedures").then()
                .body("name", contains("Đăng ký khai sinh"));
        RestAssured.get("/api/public/v1/procedures").then().body("$", hasSize(2));
        RestAssured.given().queryParam("q", "%_%").get("/api/public/v1/procedures").then().statusCode(200);
    }

    @Test
    void aBadLimitIsA400Problem() {
        RestAssured.given().queryParam("limit", "abc").get("/api/public/v1/procedures").then().statusCode(400)
                .contentType("application/problem+json");
        RestAssured.given().queryParam("limit", "1").get("/api/public/v1/procedures").then().body("$", hasSize(1));
    }
}
