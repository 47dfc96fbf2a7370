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
        u.agencyField = "DonViXuLy";
        u.phoneField = "SoDienThoai";
        u.idNumberField = "SoGiayToChuHoSo";
        u.code = CommonRules.code(r, "MaHoSo");
        u.procedureCode = r.text("MaTTHC", 60);
        u.procedureName = r.text("TenTTHC", 500);
        u.fieldCode = r.text("MaLinhVuc", 60);
        u.fieldName = r.text("TenLinhVuc", 200);
        u.agencyCode = r.text("MaDonViXuLy", 40);
        u.agencyName = r.text("DonViXuLy", 300);
        ApplicantFields.readNational(r, u);
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
        u.submittedDocuments = DocumentLists.nationalSubmitted(r);
        u.resultDocuments = DocumentLists.nationalResults(r);
        u.aliases = AliasFields.national(r);
        if (node.has("DanhSachLePhi")) {
            u.fees = fees(r);
        }
        CommonRules.datesInOrder(r, u, "NgayTiepNhan", "NgayHenTra");
        return ParsedRecord.of(index, u.code, u, r);
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
        progressStatus(r, u);
        return ParsedRecord.of(index, u.code, u, r);
    }

    /**
     * DanhSachHoSoBoSung: one bad request (no content, an unreadable date, not an object) is left out or kept
     * without that date, with a warning; the dossier is never refused for it. C# senders type these dates
     * {@code DateTime}, so they come as ISO-8601.
     */
    private static List<DossierUpdate.Supplement> supplements(RecordReader r) {
        List<RecordReader> entries = r.tolerantArray("DanhSachHoSoBoSung");
        if (entries.isEmpty()) {
            return null;
        }
        List<DossierUpdate.Supplement> supplements = new ArrayList<>();
        for (RecordReader s : entries) {
            String content = s.text("NoiDungBoSung", 4000);
            if (content == null) {
                s.warn("NoiDungBoSung", "empty, this request is left out");
                continue;
            }
            supplements.add(new DossierUpdate.Supplement(content.replace("; ", "\n"), s.nestedNationalDate("NgayBoSung"),
                    s.nestedNationalDate("NgayHenTraTruoc"), s.nestedNationalDate("NgayHenTraMoi"),
                    s.nestedNationalDate("NgayTiepNhanBoSung")));
        }
        return supplements.isEmpty() ? null : supplements;
    }

    /** DanhSachLePhi: amounts are money shown to citizens, so a wrong one refuses the record; a missing name does not. */
    private static List<DossierUpdate.Fee> fees(RecordReader r) {
        List<DossierUpdate.Fee> fees = new ArrayList<>();
        for (RecordReader f : r.array("DanhSachLePhi")) {
            String name = f.text("TenPhiLePhi", 500);
            String code = f.text("MaPhiLePhi", 100);
            if (name == null) {
                name = code != null ? code : "Phí, lệ phí";
                f.warn("TenPhiLePhi", "empty, shown as '" + name + "'");
            }
            fees.add(new DossierUpdate.Fee(name, code, f.money("Gia")));
        }
        return fees;
    }

    /**
     * A step whose status is not on the national list (a vendor's own state) still joins the timeline, without a
     * national status and with a warning; its value is kept as the source's status.
     */
    private static void progressStatus(RecordReader r, DossierUpdate u) {
        String raw = r.text("TrangThai", 200);
        if (raw == null) {
            return;
        }
        try {
            int code = Integer.parseInt(raw);
            if (vn.motcua.dossier.DossierStatus.fromCode(code).isPresent()) {
                u.status = code;
                return;
            }
        } catch (NumberFormatException e) {
            // not a national code: kept as the source's own status below
        }
        u.sourceStatus = raw;
        r.warn("TrangThai", "'" + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw)
                + "' is not a national status (1-10): the step joins the timeline without one");
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
