package vn.motcua.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * What an officer searches dossiers by; null means "any". {@code agencyCode} narrows to one agency of the
 * officer's subtree (with its own subtree), {@code procedure} matches a procedure code or words of its name,
 * {@code dueWithinDays} keeps open dossiers due between now and that many days ahead.
 */
public record DossierFilter(String code, String name, String phone, Integer status, Boolean overdue,
                            String agencyCode, String procedure, Integer dueWithinDays) {

    public static final int MAX_DUE_WITHIN_DAYS = 366;

    /** The filter as a URL query (without the page), so that paging links keep it, safely encoded. */
    public String query() {
        StringJoiner q = new StringJoiner("&");
        add(q, "ma", code);
        add(q, "ten", name);
        add(q, "sdt", phone);
        add(q, "trangthai", status == null ? null : status.toString());
        add(q, "quahan", Boolean.TRUE.equals(overdue) ? "1" : null);
        add(q, "coquan", agencyCode);
        add(q, "thutuc", procedure);
        add(q, "hantrong", dueWithinDays == null ? null : dueWithinDays.toString());
        return q.toString();
    }

    private static void add(StringJoiner q, String key, String value) {
        if (value != null && !value.isBlank()) {
            q.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
