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
        ParsedRecord r = parse("""
                {"MaHoSo":"X-1","TrangThaiHoSo":"11","NgayTiepNhan":"20261320083000","HinhThuc":"7","LoaiDoiTuong":"3"}""");
        assertThat(r.valid()).isFalse();
        assertThat(r.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("TrangThaiHoSo", "NgayTiepNhan", "HinhThuc", "LoaiDoiTuong");
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
