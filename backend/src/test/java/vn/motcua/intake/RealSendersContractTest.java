package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The national sync calls in the exact shapes real senders produce (OpenCPS, a provincial gateway, a C# sender),
 * each checked for what is stored and for what the citizen then sees through the public lookup.
 */
@QuarkusTest
class RealSendersContractTest {
    static final Class<?> DB = PostgresTest.class;

    @BeforeEach
    void seed() {
        Db.reset();
        Db.execute("insert into agency(code, name) values ('000.00.22.H12', 'UBND huyện Hàm Thuận Bắc')");
        Db.execute("insert into procedure(code, name, processing_days) values ('1.001612', "
                + "'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 30)");
    }

    /** OpenCPS: every value a string, the key in "session", the sending agency in "madonvi", empty lists. */
    static String openCps(String session, String code, String status) {
        return openCps(session, code, status, "[]");
    }

    static String openCps(String session, String code, String status, String resultPapers) {
        return """
                {"service":"DongBoHoSoMC","isUpdating":"false","session":"%s","madonvi":"000.00.22.H12","data":[{
                  "MaHoSo":"%s","MaTTHC":"1.001612","TenTTHC":"Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
                  "MaLinhVuc":"G09-TN01","TenLinhVuc":"Đất đai","ChuHoSo":"Nguyễn Văn Bình","LoaiDoiTuong":"1",
                  "MaDoiTuong":"","ThongTinKhac":"","Email":"","Fax":"0912345678","SoDienThoai":"0912345678",
                  "TrichYeuHoSo":"Đăng ký đất đai lần đầu","NgayTiepNhan":"20261120083000","NgayHenTra":"20261204170000",
                  "TrangThaiHoSo":"%s","NgayTra":"","ThongTinTra":"","HinhThuc":"0","NgayKetThucXuLy":"",
                  "DonViXuLy":"Bộ phận một cửa huyện Hàm Thuận Bắc","GhiChu":"",
                  "TaiLieuNop":[],"DanhSachLePhi":[],"DanhSachTepDinhKemKhac":[],"DanhSachHoSoBoSung":[],
                  "DanhSachGiayToKetQua":%s}]}""".formatted(session, code, status, resultPapers);
    }

    @Test
    void openCpsEnvelopeWithTheKeyInSessionIsAppliedAndAnsweredWithTheNumberZero() {
        String code = "000.00.22.H12-261120-0007";
        Api.postWithoutHeader("/api/integration/dvcqg", openCps(Api.KEY, code, "2")).statusCode(200)
                .body("error_code", equalTo(0))
                .body("message", equalTo("Thành công"))
                .body("data[0].error_code", equalTo(0))
                .body("data[0].ket_qua", equalTo("created"))
                .body("data[0].warnings", hasItem(containsString("sending agency 000.00.22.H12")));

        assertThat(Db.column("select a.code || '|' || d.source_system from dossier d join agency a on a.id = d.agency_id"))
                .containsExactly("000.00.22.H12|bootstrap");
        assertThat(Db.count("select count(*) from agency where placeholder")).isZero();
        Api.lookup(code).statusCode(200)
                .body("code", equalTo(code))
                .body("status.label", equalTo("Được tiếp nhận"))
                .body("agency", equalTo("UBND huyện Hàm Thuận Bắc"))
                .body("dueAt", equalTo("2026-12-04T17:00:00+07:00"));
        // a resend of the same call answers success again, so the sender stops
        Api.postWithoutHeader("/api/integration/dvcqg", openCps(Api.KEY, code, "2")).statusCode(200)
                .body("error_code", equalTo(0)).body("data[0].ket_qua", equalTo("unchanged"));
    }

    @Test
    void aWrongSessionOrAWrongHeaderKeyIs401AndNothingIsStored() {
        String code = "000.00.22.H12-261120-0007";
        Api.postWithoutHeader("/api/integration/dvcqg", openCps("not-a-key", code, "2")).statusCode(401)
                .contentType("application/problem+json");
        Api.postWithoutHeader("/api/integration/dvcqg/DongBoHoSoMC", "[{\"MaHoSo\":\"" + code + "\"}]").statusCode(401);
        Api.postWithoutHeader("/api/integration/dvcqg", "{not json").statusCode(401);
        io.restassured.RestAssured.given().header("X-Api-Key", "wrong").contentType("application/json")
                .body(openCps(Api.KEY, code, "2")).post("/api/integration/dvcqg").then().statusCode(401);
        assertThat(Db.count("select count(*) from dossier")).isZero();
    }

    /** A provincial gateway: a bare array posted to a URL that names the service, the rest in the query string. */
    @Test
    void gatewayBareArrayWithQueryParametersAndABearerKey() {
        String code = "000.00.22.H12-261121-0003";
        Api.postBearer("/api/integration/dvcqg/DongBoHoSoMC?MaDinhDanhDV=000.00.22.H12&isUpdating=", """
                [{"MaHoSo":"%s","MaTTHC":"1.001612","ChuHoSo":"Trần Thị Hoa","LoaiDoiTuong":"1",
                  "SoDienThoai":"0987654321","NgayTiepNhan":"20261121090000","NgayHenTra":"20261205170000",
                  "TrangThaiHoSo":"2","HinhThuc":"1","KenhThucHien":"2"}]""".formatted(code)).statusCode(200)
                .body("error_code", equalTo(0))
                .body("data[0].ket_qua", equalTo("created"));
        Api.postBearer("/api/integration/dvcqg/CapNhatTienDoHoSoMC?MaDinhDanhDV=000.00.22.H12&isUpdating=true", """
                [{"MaHoSo":"%s","NguoiXuLy":"Lê Văn Tâm","ChucDanh":"Chuyên viên","ThoiDiemXuLy":"20261122100000",
                  "PhongBanXuLy":"Phòng Nông nghiệp và Môi trường","NoiDungXuLy":"Thẩm định hồ sơ","TrangThai":"4"}]"""
                .formatted(code)).statusCode(200)
                .body("error_code", equalTo(0));

        assertThat(Db.column("select a.code || '|' || d.channel || '|' || d.result_delivery from dossier d "
                + "join agency a on a.id = d.agency_id")).containsExactly("000.00.22.H12|online|post");
        Api.lookup(code).statusCode(200)
                .body("status.code", equalTo(4))
                .body("agency", equalTo("UBND huyện Hàm Thuận Bắc"))
                .body("timeline.statusCode", contains(2, 4));
    }

    @Test
    void theServiceMayBeNamedInTheUrlAndTheEnvelopeButNotDifferently() {
        String code = "000.00.22.H12-261121-0004";
        Api.post("/api/integration/dvcqg/DongBoHoSoMC", """
                {"isUpdating":"False","data":[{"MaHoSo":"%s","TrangThaiHoSo":"1"}]}""".formatted(code)).statusCode(200)
                .body("error_code", equalTo(0));
        Api.post("/api/integration/dvcqg/CapNhatTienDoHoSoMC", """
                {"service":"DongBoHoSoMC","data":[{"MaHoSo":"%s","TrangThaiHoSo":"1"}]}""".formatted(code))
                .statusCode(400).contentType("application/problem+json");
        Api.post("/api/integration/dvcqg/XoaHoSoMC", "[{\"MaHoSo\":\"" + code + "\"}]").statusCode(400)
                .body("detail", containsString("XoaHoSoMC"));
        assertThat(Db.count("select count(*) from dossier")).isEqualTo(1);
    }

    @Test
    void aPartialSuccessAnswersOneAndEachRecordSaysWhy() {
        Api.post("/api/integration/dvcqg/DongBoHoSoMC", """
                [{"MaHoSo":"000.00.22.H12-261121-0005","TrangThaiHoSo":"2"},
                 {"MaHoSo":"000.00.22.H12-261121-0006","TrangThaiHoSo":"99"}]""").statusCode(200)
                .body("error_code", equalTo(1))
                .body("message", equalTo("Cập nhật 1 bản ghi, lỗi 1 bản ghi"))
                .body("so_ban_ghi_thanh_cong", equalTo(1))
                .body("so_ban_ghi_loi", equalTo(1))
                .body("data.error_code", contains(0, -1))
                .body("data[1].message", containsString("TrangThaiHoSo"));
    }

    /** Applicants as real senders describe them: every LoaiDoiTuong, the portal account, the id in its own fields. */
    @Test
    void applicantsOfEveryTypeAreAcceptedAndTheIdNumberProvesTheApplicant() {
        Api.post("/api/integration/dvcqg/DongBoHoSoMC?MaDinhDanhDV=000.00.22.H12", """
                [{"MaHoSo":"000.00.22.H12-261122-0001","TrangThaiHoSo":"2","ChuHoSo":"UBND xã Hàm Chính",
                  "LoaiDoiTuong":"3","MaDoiTuong":"tk-dvcqg-00000000000000000000000042","SoDienThoai":"0252386513",
                  "SoGiayToChuHoSo":"","DinhDanhCHS":[{"LoaiDinhDanh":"3","SoDinhDanh":"3400123456"}],
                  "NoiNopHoSo":"2","DuocThanhToanTrucTuyen":"1","HoSoCoThanhPhanSoHoa":"1",
                  "TaiKhoanDuocXacThucVoiVNeID":"1","DSKetNoiCSDL":[{"MaCSDL":"CSDLQGDC"},{"MaCSDL":"CSDLDD"}]},
                 {"MaHoSo":"000.00.22.H12-261122-0002","TrangThaiHoSo":"2","ChuHoSo":"Hợp tác xã Thuận Thành",
                  "LoaiDoiTuong":"4","SoGiayToChuHoSo":"3400999888"},
                 {"MaHoSo":"000.00.22.H12-261122-0003","TrangThaiHoSo":"2","ChuHoSo":"Lê Văn Tư","LoaiDoiTuong":"7",
                  "SoGiayToChuHoSo":"060190001234"}]""").statusCode(200)
                .body("error_code", equalTo(0))
                .body("data[2].warnings[0]", containsString("LoaiDoiTuong"));

        assertThat(Db.column("select code || '|' || applicant_type || '|' || coalesce(applicant_portal_account, '-') "
                + "|| '|' || coalesce(online_payment::text, '-') || '|' || coalesce(digitised::text, '-') || '|' "
                + "|| coalesce(vneid_verified::text, '-') || '|' || coalesce(submission_place, '-') || '|' "
                + "|| coalesce(connected_databases, '-') from dossier order by code"))
                .containsExactly(
                        "000.00.22.H12-261122-0001|3|tk-dvcqg-00000000000000000000000042|1|true|true|2|CSDLQGDC,CSDLDD",
                        "000.00.22.H12-261122-0002|4|-|-|-|-|-|-",
                        "000.00.22.H12-261122-0003|1|-|-|-|-|-|-");
        assertThat(Db.column("select applicant_id_hash from dossier order by code"))
                .allSatisfy(hash -> assertThat(hash).hasSize(64))
                .noneMatch(hash -> hash.contains("3400123456") || hash.contains("060190001234"));
        // the id number from DinhDanhCHS proves the applicant
        io.restassured.RestAssured.given().contentType("application/json").body("{\"idNumber\":\"3400123456\"}")
                .post("/api/public/v1/dossiers/{code}/access", "000.00.22.H12-261122-0001").then().statusCode(200);
        io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"idNumber\":\"tk-dvcqg-00000000000000000000000042\"}")
                .post("/api/public/v1/dossiers/{code}/access", "000.00.22.H12-261122-0001").then().statusCode(403);
        Api.lookup("000.00.22.H12-261122-0002").statusCode(200).body("applicantName", equalTo("Hợp t** x** T** T"));
    }

    /**
     * A C# sender: numbers as numbers, nested dates typed DateTime (ISO-8601, and the 0001-01-01 default of an
     * unset one), a request without content and an item that is not an object: the dossier is kept, with warnings.
     */
    @Test
    void aCSharpSendersNestedIsoDatesAndBadItemsNeverCostTheDossier() {
        String code = "000.00.22.H12-261123-0001";
        Api.post("/api/integration/dvcqg", """
                {"service":"DongBoHoSoMC","isUpdating":true,"data":[{"MaHoSo":"%s","MaTTHC":"1.001612",
                  "ChuHoSo":"Phạm Văn Hùng","LoaiDoiTuong":1,"SoDienThoai":"0905123456","SoGiayToChuHoSo":"060188001122",
                  "NgayTiepNhan":"2026-11-23T08:00:00","NgayHenTra":"20261207170000","TrangThaiHoSo":5,"HinhThuc":0,
                  "KenhThucHien":2,"DonViXuLy":"UBND huyện Hàm Thuận Bắc",
                  "DanhSachHoSoBoSung":[
                    {"HoSoBoSungId":1,"NguoiYeuCauBoSung":"Trần Thị Hoa","NoiDungBoSung":"Bản sao sổ hộ khẩu",
                     "NgayBoSung":"2026-11-24T09:15:00","TrangThaiBoSung":false,
                     "NgayHenTraTruoc":"2026-12-07T17:00:00+07:00","NgayHenTraMoi":"0001-01-01T00:00:00",
                     "DanhSachGiayToBoSung":null},
                    {"HoSoBoSungId":2,"NoiDungBoSung":"","NgayBoSung":"2026-11-25T10:00:00"},
                    "không phải đối tượng"],
                  "DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí cấp giấy chứng nhận","Gia":100000,"HinhThucThu":1,
                     "LoaiPhiLePhi":1}]}]}""".formatted(code)).statusCode(200)
                .body("error_code", equalTo(0))
                .body("data[0].ket_qua", equalTo("created"))
                .body("data[0].warnings", hasItem(containsString("NgayHenTraMoi")))
                .body("data[0].warnings", hasItem(containsString("DanhSachHoSoBoSung[1].NoiDungBoSung")))
                .body("data[0].warnings", hasItem(containsString("DanhSachHoSoBoSung[2]")));

        assertThat(Db.column("select items || '|' || to_char(requested_at at time zone 'Asia/Ho_Chi_Minh', "
                + "'YYYY-MM-DD HH24:MI') from supplement_request")).containsExactly("Bản sao sổ hộ khẩu|2026-11-24 09:15");
        assertThat(Db.column("select amount::text from dossier_fee")).containsExactly("100000");
        Api.lookup(code).statusCode(200)
                .body("status.code", equalTo(5))
                .body("receivedAt", equalTo("2026-11-23T08:00:00+07:00"))
                .body("status.nextStep", containsString("tạm dừng"));
        String token = io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"idNumber\":\"060188001122\"}").post("/api/public/v1/dossiers/{code}/access", code)
                .then().statusCode(200).extract().path("token");
        io.restassured.RestAssured.given().queryParam("t", token).get("/api/public/v1/dossiers/{code}", code).then()
                .statusCode(200)
                .body("detail.supplements[0].items", contains("Bản sao sổ hộ khẩu"))
                .body("detail.fees[0].amount", equalTo(100000));
    }

    @Test
    void aProgressStepWithAVendorsOwnStatusJoinsTheTimelineWithoutANationalStatus() {
        String code = "000.00.22.H12-261123-0002";
        Api.post("/api/integration/dvcqg/DongBoHoSoMC", """
                [{"MaHoSo":"%s","TrangThaiHoSo":4,"NgayTiepNhan":20261123080000}]""".formatted(code)).statusCode(200)
                .body("error_code", equalTo(0));
        Api.post("/api/integration/dvcqg/CapNhatTienDoHoSoMC", """
                [{"MaHoSo":"%s","NguoiXuLy":"Nguyễn Thị Lan","ThoiDiemXuLy":"2026-11-24T14:00:00+07:00",
                  "NoiDungXuLy":"Chờ ký số","TrangThai":12}]""".formatted(code)).statusCode(200)
                .body("error_code", equalTo(0))
                .body("data[0].ket_qua", equalTo("updated"))
                .body("data[0].warnings[0]", containsString("TrangThai"));
        assertThat(Db.column("select coalesce(status::text, '-') || '|' || coalesce(source_status, '-') "
                + "from dossier_event order by id")).containsExactly("4|-", "-|12");
        Api.lookup(code).statusCode(200)
                .body("status.code", equalTo(4))
                .body("timeline.statusLabel", org.hamcrest.Matchers.containsInAnyOrder("Đang xử lý", "Cập nhật tiến độ"));
    }

    /**
     * Documents: what the citizen handed in (TaiLieuNop, DanhSachTepDinhKemKhac) is printed on the receipt instead
     * of the procedure's required list; result papers with an electronic link are shown to the proven applicant, and
     * the ready result says where to get it. OpenCPS's empty lists never clear them.
     */
    @Test
    void documentsReceivedAreOnTheReceiptAndAnElectronicResultReachesTheApplicant() {
        Db.execute("update procedure set required_documents = 'Đơn đăng ký theo mẫu quy định' where code = '1.001612'");
        String code = "000.00.22.H12-261124-0001";
        Api.post("/api/integration/dvcqg/DongBoHoSoMC", """
                [{"MaHoSo":"%s","MaTTHC":"1.001612","ChuHoSo":"Võ Thị Sen","SoDienThoai":"0934555666",
                  "NgayTiepNhan":"20261124080000","NgayHenTra":"20261208170000","TrangThaiHoSo":"2",
                  "DonViXuLy":"UBND huyện Hàm Thuận Bắc",
                  "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"Đơn đăng ký đất đai (mẫu 04a/ĐK)","IsDeleted":"0",
                                 "MaThanhPhanHoSo":"TP1","DuongDanTaiTepTin":"https://dvc.example.gov.vn/tep/1"},
                                {"TenTepDinhKem":"Tệp đã xóa","IsDeleted":true},
                                {"TenTepDinhKem":"Giấy chứng nhận quyền sử dụng đất bản gốc","IsDeleted":false}],
                  "DanhSachTepDinhKemKhac":[{"TenGiayTo":"Bản sao CCCD","SoLuong":2,"LoaiGiayTo":1}]}]""".formatted(code))
                .statusCode(200).body("error_code", equalTo(0));
        io.restassured.RestAssured.given().header("X-Api-Key", Api.KEY).get("/api/integration/v1/dossiers/{code}/receipt", code)
                .then().statusCode(200)
                .body(containsString("1. Đơn đăng ký đất đai (mẫu 04a/ĐK)"))
                .body(containsString("2. Giấy chứng nhận quyền sử dụng đất bản gốc"))
                .body(containsString("3. Bản sao CCCD (2 bản)"))
                .body(org.hamcrest.Matchers.not(containsString("Tệp đã xóa")))
                .body(org.hamcrest.Matchers.not(containsString("Đơn đăng ký theo mẫu quy định")));

        Api.postWithoutHeader("/api/integration/dvcqg", openCps(Api.KEY, code, "9", """
                [{"TenGiayTo":"Giấy chứng nhận quyền sử dụng đất","MaGiayToKetQua":"KQ01",
                  "DuongDanTepTinKetQua":"https://dvc.example.gov.vn/kq/abc.pdf"},
                 {"TenGiayTo":"Tệp lạ","DuongDanTepTinKetQua":"javascript:alert(1)"}]""")).statusCode(200)
                .body("error_code", equalTo(0))
                .body("data[0].warnings", hasItem(containsString("DuongDanTepTinKetQua")));

        assertThat(Db.count("select count(*) from dossier_document where kind = 'submitted'")).as("kept by empty lists").isEqualTo(3);
        Api.lookup(code).statusCode(200)
                .body("status.code", equalTo(9))
                .body("status.nextStep", containsString("kết quả điện tử"))
                .body(org.hamcrest.Matchers.not(containsString("abc.pdf")));
        String token = io.restassured.RestAssured.given().contentType("application/json").body("{\"phone\":\"0912345678\"}")
                .post("/api/public/v1/dossiers/{code}/access", code).then().statusCode(200).extract().path("token");
        io.restassured.RestAssured.given().queryParam("t", token).get("/api/public/v1/dossiers/{code}", code).then()
                .statusCode(200)
                .body("detail.results.name", contains("Giấy chứng nhận quyền sử dụng đất", "Tệp lạ"))
                .body("detail.results[0].url", equalTo("https://dvc.example.gov.vn/kq/abc.pdf"))
                .body("detail.results[1].url", org.hamcrest.Matchers.nullValue());
    }

    /**
     * Thanh Hóa: when the local code is not in the national shape, the portal gets agency-yyMMdd-<5 random digits>
     * and the citizen's receipt carries the local code in SoBienNhan. Both find the dossier; a vendor code too.
     */
    @Test
    void aFiveDigitSequenceAndAVendorCodeAreStoredAsSentAndTheReceiptNumberFindsTheDossier() {
        Api.post("/api/integration/dvcqg/DongBoHoSoMC?MaDinhDanhDV=000.00.22.H12", """
                [{"MaHoSo":"000.00.22.H12-261125-48213","SoBienNhan":"HTB-2611-000731","TrangThaiHoSo":"2",
                  "ChuHoSo":"Đỗ Văn Quang","NgayTiepNhan":"20261125080000","NgayHenTra":"20261209170000"},
                 {"MaHoSo":"iGate-HTB-2026-000731","SoBienNhan":"42","TrangThaiHoSo":"4","ChuHoSo":"Mai Thị Cúc"},
                 {"MaHoSo":"000.00.22.H12-261125-0009","SoBienNhan":"htb 2611 000731","TrangThaiHoSo":"2"}]""")
                .statusCode(200)
                .body("error_code", equalTo(0))
                .body("data.MaHoSo", contains("000.00.22.H12-261125-48213", "IGATE-HTB-2026-000731",
                        "000.00.22.H12-261125-0009"))
                .body("data[1].warnings", hasItem(containsString("too short")))
                .body("data[2].warnings", hasItem(containsString("already belongs to another dossier")));

        assertThat(Db.column("select code from dossier order by id")).containsExactly("000.00.22.H12-261125-48213",
                "IGATE-HTB-2026-000731", "000.00.22.H12-261125-0009");
        assertThat(Db.column("select alias_code || '|' || kind from dossier_code_alias"))
                .containsExactly("HTB-2611-000731|receipt-number");
        Api.lookup("000.00.22.H12-261125-48213").statusCode(200).body("code", equalTo("000.00.22.H12-261125-48213"))
                .body("dueAt", equalTo("2026-12-09T17:00:00+07:00"));
        Api.lookup("0000022h1226112548213").statusCode(200).body("code", equalTo("000.00.22.H12-261125-48213"));
        // the code printed on the citizen's receipt, however it is typed
        Api.lookup("htb-2611-000731").statusCode(200).body("code", equalTo("000.00.22.H12-261125-48213"))
                .body("status.label", equalTo("Được tiếp nhận"));
        Api.lookup("igate-htb-2026-000731").statusCode(200).body("status.code", equalTo(4));
        Api.lookup("42").statusCode(404);
    }
}
