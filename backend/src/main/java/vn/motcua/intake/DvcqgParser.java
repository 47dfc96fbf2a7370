package vn.motcua.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads records of the national sync contract as one-stop systems send them to DVCQG:
 * {@code DongBoHoSoMC} (dossier snapshots) and {@code CapNhatTienDoHoSoMC} (processing steps).
 */
@ApplicationScoped
public class DvcqgParser {

    public ParsedRecord parseDossier(int index, JsonNode node) {
        if (!node.isObject()) {
            return ParsedRecord.of(index, null, null, List.of(new FieldError("", "record must be a JSON object")));
        }
        RecordReader r = RecordReader.of(node);
        DossierUpdate u = new DossierUpdate();
        u.code = CommonRules.code(r, "MaHoSo");
        u.procedureCode = r.text("MaTTHC", 60);
        u.procedureName = r.text("TenTTHC", 500);
        u.fieldCode = r.text("MaLinhVuc", 60);
        u.fieldName = r.text("TenLinhVuc", 200);
        u.agencyCode = r.text("MaDonViXuLy", 40);
        u.agencyName = r.text("DonViXuLy", 300);
        u.applicantName = r.text("ChuHoSo", 300);
        Integer type = r.integer("LoaiDoiTuong");
        if (type != null && type != 1 && type != 2) {
            r.reject("LoaiDoiTuong", "must be 1 (citizen) or 2 (business)");
        } else if (type != null) {
            u.applicantType = type.shortValue();
        }
        u.applicantIdNumber = r.text("MaDoiTuong", 20);
        u.applicantPhone = CommonRules.phone(r, "SoDienThoai");
        u.applicantEmail = r.text("Email", 200);
        u.summary = r.text("TrichYeuHoSo", 2000);
        u.status = CommonRules.status(r, "TrangThaiHoSo");
        if (u.status == null && !r.has("TrangThaiHoSo")) {
            r.reject("TrangThaiHoSo", "is required");
        }
        u.receivedAt = r.nationalDate("NgayTiepNhan");
        u.dueAt = r.nationalDate("NgayHenTra");
        u.finishedAt = r.nationalDate("NgayKetThucXuLy");
        u.returnedAt = r.nationalDate("NgayTra");
        u.note = r.text("GhiChu", 2000);
        u.resultDelivery = code(r, "HinhThuc", "desk", "post", null);
        u.channel = code(r, "KenhThucHien", null, "desk", "online", "post");
        u.notifyConsent = r.bool("DongYNhanThongBao");
        u.supplements = supplements(r);
        if (node.has("DanhSachLePhi")) {
            u.fees = new ArrayList<>();
            for (RecordReader f : r.array("DanhSachLePhi")) {
                String name = f.text("TenPhiLePhi", 500);
                if (name == null) {
                    f.reject("TenPhiLePhi", "is required");
                }
                u.fees.add(new DossierUpdate.Fee(name, f.text("MaPhiLePhi", 100), f.decimal("Gia")));
            }
        }
        CommonRules.datesInOrder(r, u, "NgayTiepNhan", "NgayHenTra");
        return ParsedRecord.of(index, u.code, u, r.errors());
    }

    public ParsedRecord parseProgress(int index, JsonNode node) {
        if (!node.isObject()) {
            return ParsedRecord.of(index, null, null, List.of(new FieldError("", "record must be a JSON object")));
        }
        RecordReader r = RecordReader.of(node);
        DossierUpdate u = new DossierUpdate();
        u.kind = DossierUpdate.Kind.PROGRESS;
        u.code = CommonRules.code(r, "MaHoSo");
        u.officerName = r.text("NguoiXuLy", 200);
        u.officerTitle = r.text("ChucDanh", 200);
        u.eventTime = r.nationalDate("ThoiDiemXuLy");
        if (u.eventTime == null && !r.has("ThoiDiemXuLy")) {
            r.reject("ThoiDiemXuLy", "is required");
        }
        u.department = r.text("PhongBanXuLy", 300);
        u.note = r.text("NoiDungXuLy", 2000);
        u.status = CommonRules.status(r, "TrangThai");
        return ParsedRecord.of(index, u.code, u, r.errors());
    }

    private static List<DossierUpdate.Supplement> supplements(RecordReader r) {
        List<RecordReader> entries = r.array("DanhSachHoSoBoSung");
        if (entries.isEmpty()) {
            return null;
        }
        List<DossierUpdate.Supplement> supplements = new ArrayList<>();
        for (RecordReader s : entries) {
            String content = s.text("NoiDungBoSung", 4000);
            if (content == null) {
                s.reject("NoiDungBoSung", "is required");
            }
            supplements.add(new DossierUpdate.Supplement(content == null ? "" : content.replace("; ", "\n"),
                    s.nationalDate("NgayBoSung"), s.nationalDate("NgayHenTraTruoc"), s.nationalDate("NgayHenTraMoi")));
        }
        return supplements;
    }

    /** Maps a small national code (0, 1, 2 ...) onto our word for it; values[i] is the word for code i. */
    private static String code(RecordReader r, String field, String... values) {
        Integer value = r.integer(field);
        if (value == null) {
            return null;
        }
        if (value < 0 || value >= values.length || values[value] == null) {
            r.reject(field, "unknown code " + value);
            return null;
        }
        return values[value];
    }
}
