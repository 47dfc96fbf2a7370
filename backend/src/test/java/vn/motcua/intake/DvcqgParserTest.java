package vn.motcua.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DvcqgParserTest {
    private final ObjectMapper json = new ObjectMapper();
    private final DvcqgParser parser = new DvcqgParser();

    private ParsedRecord parse(String record) throws Exception {
        return parser.parseDossier(0, json.readTree(record));
    }

    @Test
    void valuesTravelAsStringsOrNumbersAndEmptyMeansNotSet() throws Exception {
        ParsedRecord r = parse("""
                {"MaHoSo":"000.00.22.h12-261120-0007","TrangThaiHoSo":2,"LoaiDoiTuong":"2","HinhThuc":"1",
                 "KenhThucHien":2,"NgayTiepNhan":"20261120083000","NgayHenTra":"","SoDienThoai":"0912345678",
                 "DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":100000}]}""");
        assertThat(r.valid()).isTrue();
        DossierUpdate u = r.update();
        assertThat(u.code).isEqualTo("000.00.22.H12-261120-0007");
        assertThat(u.status).isEqualTo(2);
        assertThat(u.applicantType).isEqualTo((short) 2);
        assertThat(u.resultDelivery).isEqualTo("post");
        assertThat(u.channel).isEqualTo("online");
        assertThat(u.receivedAt).isEqualTo(OffsetDateTime.parse("2026-11-20T08:30:00+07:00"));
        assertThat(u.dueAt).isNull();
        assertThat(u.applicantPhone).isEqualTo("84912345678");
        assertThat(u.fees).singleElement().satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("100000"));
    }

    @Test
    void everyBadFieldIsReportedNotJustTheFirst() throws Exception {
        // LoaiDoiTuong 3 (a state body) is valid since the 2023 format; an unknown type is only a warning
        ParsedRecord r = parse("""
                {"MaHoSo":"X-1","TrangThaiHoSo":"11","NgayTiepNhan":"20261320083000","HinhThuc":"7","LoaiDoiTuong":"9"}""");
        assertThat(r.valid()).isFalse();
        assertThat(r.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("TrangThaiHoSo", "NgayTiepNhan", "HinhThuc");
        assertThat(r.warnings()).singleElement().asString().startsWith("LoaiDoiTuong");
    }

    @Test
    void applicantTypesOneToFourAreValidAndTheIdNumberComesFromItsOwnFields() throws Exception {
        for (String type : new String[]{"1", "2", "3", "4"}) {
            ParsedRecord r = parse("{\"MaHoSo\":\"X-1\",\"TrangThaiHoSo\":\"2\",\"LoaiDoiTuong\":\"" + type + "\"}");
            assertThat(r.valid()).isTrue();
            assertThat(r.update().applicantType).isEqualTo(Short.valueOf(type));
            assertThat(r.warnings()).isEmpty();
        }
        DossierUpdate byDocument = parse("""
                {"MaHoSo":"X-1","TrangThaiHoSo":"2","MaDoiTuong":"5d1f0c2e-9a7b-4c1e-8f3a-2b6d9e0a1c44-dvcqg",
                 "SoGiayToChuHoSo":"079123456789","DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"001099000001"}]}""").update();
        assertThat(byDocument.applicantPortalAccount).isEqualTo("5d1f0c2e-9a7b-4c1e-8f3a-2b6d9e0a1c44-dvcqg");
        assertThat(byDocument.applicantIdNumber).isEqualTo("079123456789");
        DossierUpdate byIdentity = parse("""
                {"MaHoSo":"X-1","TrangThaiHoSo":"2","DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"001099000001"}]}""").update();
        assertThat(byIdentity.applicantIdNumber).isEqualTo("001099000001");
        // Hà Giang puts the id number in MaDoiTuong: it is taken as the id number, never kept as an account
        DossierUpdate haGiang = parse("{\"MaHoSo\":\"X-1\",\"TrangThaiHoSo\":\"2\",\"MaDoiTuong\":\"002089001234\"}").update();
        assertThat(haGiang.applicantIdNumber).isEqualTo("002089001234");
        assertThat(haGiang.applicantPortalAccount).isNull();
    }

    @Test
    void dueBeforeReceptionIsImpossible() throws Exception {
        ParsedRecord r = parse("""
                {"MaHoSo":"X-1","TrangThaiHoSo":"2","NgayTiepNhan":"20261120083000","NgayHenTra":"20261101083000"}""");
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("NgayHenTra");
    }

    @Test
    void progressNeedsItsTime() throws Exception {
        ParsedRecord r = parser.parseProgress(0, json.readTree("{\"MaHoSo\":\"X-1\",\"TrangThai\":\"4\"}"));
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("ThoiDiemXuLy");
    }
}
