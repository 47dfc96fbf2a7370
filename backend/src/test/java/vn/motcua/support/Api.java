package vn.motcua.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Calls of the integration API with the test key. */
public final class Api {
    public static final String KEY = "tk-9fQ2xLr7Vb3NcW8mZp4Ks6Hd1Tg5Ya0Ej";

    private Api() {
    }

    public static ValidatableResponse postOwn(String json) {
        return RestAssured.given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body(json)
                .post("/api/integration/v1/dossiers").then();
    }

    public static ValidatableResponse postDvcqg(String json) {
        return RestAssured.given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body(json)
                .post("/api/integration/dvcqg").then();
    }

    /** A POST of a JSON body to any integration path (query string included) with the test key in X-Api-Key. */
    public static ValidatableResponse post(String pathAndQuery, String json) {
        return RestAssured.given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body(json)
                .post(pathAndQuery).then();
    }

    /** The same, with the key sent as {@code Authorization: Bearer} (provincial gateways configure a header value). */
    public static ValidatableResponse postBearer(String pathAndQuery, String json) {
        return RestAssured.given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON).body(json)
                .post(pathAndQuery).then();
    }

    /** The same without any key header (the key, if any, travels in the envelope's session). */
    public static ValidatableResponse postWithoutHeader(String pathAndQuery, String json) {
        return RestAssured.given().contentType(ContentType.JSON).body(json).post(pathAndQuery).then();
    }

    public static ValidatableResponse lookup(String code) {
        return RestAssured.given().get("/api/public/v1/dossiers/{code}", code).then();
    }

    /** A national DongBoHoSoMC call (docs/integration-guide.md, "Door 2") with a chosen code, status and due date. */
    public static String dvcqgDossier(String code, String status, String dueAt) {
        return """
                {"service": "DongBoHoSoMC", "isUpdating": "False", "data": [{
                  "MaHoSo": "%s", "MaTTHC": "1.001612",
                  "TenTTHC": "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
                  "MaLinhVuc": "G09-TN01", "TenLinhVuc": "Đất đai",
                  "ChuHoSo": "Nguyễn Văn Bình", "LoaiDoiTuong": "1", "SoDienThoai": "0912345678",
                  "MaDoiTuong": "079123456789",
                  "Email": "", "TrichYeuHoSo": "Đăng ký đất đai lần đầu",
                  "NgayTiepNhan": "20261120083000", "NgayHenTra": "%s",
                  "NgayKetThucXuLy": "", "NgayTra": "", "TrangThaiHoSo": "%s",
                  "DonViXuLy": "UBND huyện Hàm Thuận Bắc", "HinhThuc": "0", "KenhThucHien": "1"}]}
                """.formatted(code, dueAt, status);
    }

    public static String progress(String code, String at, String status, String content) {
        return """
                {"service": "CapNhatTienDoHoSoMC", "data": [{
                  "MaHoSo": "%s", "NguoiXuLy": "Trần Thị Hoa", "ChucDanh": "Chuyên viên",
                  "ThoiDiemXuLy": "%s", "PhongBanXuLy": "Phòng Tài nguyên và Môi trường",
                  "NoiDungXuLy": "%s", "TrangThai": "%s"}]}
                """.formatted(code, at, content, status);
    }
}
