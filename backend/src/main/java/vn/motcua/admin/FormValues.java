package vn.motcua.admin;

import vn.motcua.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading the admin's form and query values: blank means "not given", a malformed value is a clear 400. */
public final class FormValues {
    static final int MAX_PAGE = 100_000;

    private FormValues() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String required(String value, String what) {
        String v = blankToNull(value);
        if (v == null) {
            throw ProblemException.badRequest("Vui lòng nhập " + what + ".");
        }
        return v;
    }

    public static String required(String value, String what, int maxLength) {
        String v = required(value, what);
        if (v.length() > maxLength) {
            throw ProblemException.badRequest(capitalised(what) + " dài quá " + maxLength + " ký tự.");
        }
        return v;
    }

    public static int parseInt(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Giá trị không hợp lệ: " + value);
        }
    }

    /** A page number; far pages are clamped so that page × size can never overflow into a negative offset. */
    public static int page(String value) {
        return Math.min(MAX_PAGE, Math.max(1, parseInt(value, 1)));
    }

    public static LocalDate date(String value, String what) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(capitalised(what) + " không hợp lệ (định dạng năm-tháng-ngày).");
        }
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
