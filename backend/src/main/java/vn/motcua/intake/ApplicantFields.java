package vn.motcua.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The applicant and the 2023 fields of a national record, read as real senders fill them. {@code LoaiDoiTuong}
 * 1-4 are valid and anything else is a warning; {@code MaDoiTuong} is the applicant's portal account, but a value
 * shaped like a personal id number (some senders put one there) is taken as the id number and never kept in clear;
 * the id number otherwise comes from {@code SoGiayToChuHoSo} or {@code DinhDanhCHS[].SoDinhDanh}.
 */
final class ApplicantFields {
    /** A citizen id (12 digits) or an old identity card (9 digits). */
    private static final Pattern PERSONAL_ID = Pattern.compile("\\d{9}|\\d{12}");
    static final int MAX_ID_NUMBER = 40;
    private static final int MAX_PORTAL_ACCOUNT = 200;

    private ApplicantFields() {
    }

    static void readNational(RecordReader r, DossierUpdate u) {
        u.applicantName = r.text("ChuHoSo", 300);
        u.applicantType = applicantType(r, "LoaiDoiTuong");
        u.applicantIdNumber = idNumber(r, "SoGiayToChuHoSo");
        if (u.applicantIdNumber == null) {
            for (RecordReader id : r.array("DinhDanhCHS")) {
                String number = idNumber(id, "SoDinhDanh");
                if (number != null) {
                    u.applicantIdNumber = number;
                    break;
                }
            }
        }
        String account = r.text("MaDoiTuong");
        if (account != null && PERSONAL_ID.matcher(account).matches()) {
            u.applicantIdNumber = u.applicantIdNumber != null ? u.applicantIdNumber : account;
        } else if (account != null && account.length() > MAX_PORTAL_ACCOUNT) {
            r.warn("MaDoiTuong", "longer than " + MAX_PORTAL_ACCOUNT + " characters, not kept");
        } else {
            u.applicantPortalAccount = account;
        }
        u.applicantPhone = CommonRules.phone(r, "SoDienThoai");
        u.applicantEmail = r.text("Email", 200);
        readSince2023(r, u);
    }

    /** National LoaiDoiTuong: 1 citizen, 2 business, 3 state body, 4 organisation or other. */
    static Short applicantType(RecordReader r, String field) {
        String text = r.text(field);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "1", "2", "3", "4" -> Short.valueOf(text);
            default -> {
                r.warn(field, "unknown applicant type '" + shorten(text) + "' (expected 1-4), ignored");
                yield null;
            }
        };
    }

    static String idNumber(RecordReader r, String field) {
        String text = r.text(field);
        if (text != null && text.length() > MAX_ID_NUMBER) {
            r.warn(field, "longer than " + MAX_ID_NUMBER + " characters: not an id number, ignored");
            return null;
        }
        return text;
    }

    private static void readSince2023(RecordReader r, DossierUpdate u) {
        u.submissionPlace = r.text("NoiNopHoSo", 200);
        String payment = r.text("DuocThanhToanTrucTuyen");
        if (payment != null) {
            switch (payment) {
                case "0", "1", "2" -> u.onlinePayment = Short.valueOf(payment);
                default -> r.warn("DuocThanhToanTrucTuyen", "unknown value '" + shorten(payment) + "' (expected 0, 1 or 2), ignored");
            }
        }
        u.digitised = flag(r, "HoSoCoThanhPhanSoHoa");
        u.vneidVerified = flag(r, "TaiKhoanDuocXacThucVoiVNeID");
        List<String> databases = new ArrayList<>();
        for (RecordReader db : r.array("DSKetNoiCSDL")) {
            String code = db.text("MaCSDL", 50);
            if (code != null && databases.size() < 20) {
                databases.add(code);
            }
        }
        u.connectedDatabases = databases.isEmpty() ? null : String.join(",", databases);
    }

    /** "1"/"0", true/false; anything else is a warning. */
    private static Boolean flag(RecordReader r, String field) {
        String text = r.text(field);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase()) {
            case "1", "true" -> true;
            case "0", "false", "2" -> false;
            default -> {
                r.warn(field, "unknown value '" + shorten(text) + "', ignored");
                yield null;
            }
        };
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
