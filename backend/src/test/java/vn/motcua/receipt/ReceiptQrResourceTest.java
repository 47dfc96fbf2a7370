package vn.motcua.receipt;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.qr.QrPhotoDecoder;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReceiptQrResourceTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";

    @BeforeEach
    void seed() {
        Db.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "2", "20261204170000")).statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification withKey() {
        return RestAssured.given().header("X-Api-Key", Api.KEY);
    }

    @Test
    void theLinkCarriesATokenThatOpensTheFullDetail() {
        var link = withKey().get("/api/integration/v1/dossiers/{code}/link", "000 00 22 h12 261120 0007").then()
                .statusCode(200)
                .body("url", startsWith("http://localhost:8080/tra-cuu/" + CODE + "?t=k1."))
                .extract().jsonPath();
        String url = link.getString("url");
        String token = link.getString("token");
        assertThat(url).endsWith("?t=" + token).hasSizeLessThan(100);
        RestAssured.given().queryParam("t", token).get("/api/public/v1/dossiers/{code}", CODE).then()
                .body("access", equalTo("full"));
    }

    @Test
    void revokingTheLinkInvalidatesOldQrCodesAndSignsANewOne() {
        String old = withKey().get("/api/integration/v1/dossiers/{code}/link", CODE).then().extract().path("token");
        String fresh = withKey().post("/api/integration/v1/dossiers/{code}/link/revoke", CODE).then().statusCode(200)
                .extract().path("token");
        assertThat(fresh).isNotEqualTo(old);
        RestAssured.given().queryParam("t", old).get("/api/public/v1/dossiers/{code}", CODE).then()
                .body("access", equalTo("public")).body("tokenValid", equalTo(false));
        RestAssured.given().queryParam("t", fresh).get("/api/public/v1/dossiers/{code}", CODE).then()
                .body("access", equalTo("full"));
    }

    @Test
    void aPhotoOfTheReceiptQrGivesTheCodeAndToken() {
        var link = withKey().get("/api/integration/v1/dossiers/{code}/link", CODE).then().extract().jsonPath();
        byte[] png = withKey().get("/api/integration/v1/dossiers/{code}/qr.png", CODE).then().extract().asByteArray();
        RestAssured.given().contentType("image/png").body(png).post("/api/public/v1/qr/decode").then()
                .statusCode(200).body("code", equalTo(CODE)).body("token", equalTo(link.getString("token")));
    }

    @Test
    void hostileAndBrokenPhotosAreRefusedCleanly() {
        RestAssured.given().contentType("image/jpeg").body("definitely not a jpeg".getBytes())
                .post("/api/public/v1/qr/decode").then().statusCode(415).contentType("application/problem+json");
        byte[] truncated = java.util.Arrays.copyOf(withKey().get("/api/integration/v1/dossiers/{code}/qr.png", CODE)
                .then().extract().asByteArray(), 60);
        RestAssured.given().contentType("image/png").body(truncated).post("/api/public/v1/qr/decode").then()
                .statusCode(org.hamcrest.Matchers.oneOf(415, 422)).contentType("application/problem+json");
        RestAssured.given().contentType("image/png").body(new byte[0]).post("/api/public/v1/qr/decode").then()
                .statusCode(400).contentType("application/problem+json");
        RestAssured.given().contentType("text/plain").body("x").post("/api/public/v1/qr/decode").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aPhotoWithoutAQrSaysHowToTypeTheCode() throws Exception {
        var image = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        RestAssured.given().contentType("image/png").body(out.toByteArray()).post("/api/public/v1/qr/decode").then()
                .statusCode(422).contentType("application/problem+json").body("detail", containsString("nhập mã hồ sơ"));
    }

    @Test
    void thePngDecodesBackToTheLink() {
        String url = withKey().get("/api/integration/v1/dossiers/{code}/link", CODE).then().extract().path("url");
        byte[] png = withKey().queryParam("size", "300").get("/api/integration/v1/dossiers/{code}/qr.png", CODE).then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(new QrPhotoDecoder().decode(png).text()).isEqualTo(url);
    }

    @Test
    void theSvgIsAnSvg() {
        withKey().get("/api/integration/v1/dossiers/{code}/qr.svg", CODE).then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(containsString("<svg"));
    }

    @Test
    void badSizesUnknownCodesAndMissingKeysAreProblems() {
        for (String size : new String[]{"10", "5000", "big", "-1"}) {
            withKey().queryParam("size", size).get("/api/integration/v1/dossiers/{code}/qr.png", CODE).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        withKey().get("/api/integration/v1/dossiers/{code}/qr.svg", "000.00.22.H12-261120-9999").then()
                .statusCode(404).contentType("application/problem+json");
        RestAssured.get("/api/integration/v1/dossiers/{code}/link", CODE).then().statusCode(401);
    }

    @Test
    void theReceiptPageHasTheNationalFormFieldsAndTheQr() {
        withKey().queryParam("paper", "A5").get("/api/integration/v1/dossiers/{code}/receipt", CODE).then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"))
                .body(containsString(CODE))
                .body(containsString("Nguyễn Văn Bình"))
                .body(containsString("Cấp giấy chứng nhận quyền sử dụng đất lần đầu"))
                .body(containsString("17:00 ngày 04/12/2026"))
                .body(containsString("Quét mã QR bằng Zalo"))
                .body(containsString("size: A5"))
                .body(containsString("<svg"));
    }
}
