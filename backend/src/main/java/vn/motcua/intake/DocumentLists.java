package vn.motcua.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the document lists of a record: what the citizen handed in ({@code TaiLieuNop}, {@code
 * DanhSachTepDinhKemKhac}, own {@code submittedDocuments}) and the result papers ({@code DanhSachGiayToKetQua}, own
 * {@code resultDocuments}). A bad item is left out with a warning; a link that is not http(s) is dropped.
 */
final class DocumentLists {
    static final int MAX_ITEMS = 100;
    private static final int MAX_URL = 2000;

    private DocumentLists() {
    }

    static List<DossierUpdate.Document> nationalSubmitted(RecordReader r) {
        List<DossierUpdate.Document> documents = new ArrayList<>();
        for (RecordReader d : r.tolerantArray("TaiLieuNop")) {
            if (Boolean.TRUE.equals(deleted(d))) {
                continue;
            }
            add(documents, d, d.text("TenTepDinhKem", 500), d.text("MaThanhPhanHoSo", 100), null,
                    url(d, "DuongDanTaiTepTin"), "TenTepDinhKem");
        }
        for (RecordReader d : r.tolerantArray("DanhSachTepDinhKemKhac")) {
            add(documents, d, d.text("TenGiayTo", 500), null, copies(d, "SoLuong"), null, "TenGiayTo");
        }
        return documents;
    }

    static List<DossierUpdate.Document> nationalResults(RecordReader r) {
        List<DossierUpdate.Document> documents = new ArrayList<>();
        for (RecordReader d : r.tolerantArray("DanhSachGiayToKetQua")) {
            add(documents, d, d.text("TenGiayTo", 500), d.text("MaGiayToKetQua", 100), null,
                    url(d, "DuongDanTepTinKetQua"), "TenGiayTo");
        }
        return documents;
    }

    /** Own format: each item a string (the name) or {@code {name, code, copies, url}}. */
    static List<DossierUpdate.Document> own(RecordReader r, com.fasterxml.jackson.databind.JsonNode node, String field) {
        List<DossierUpdate.Document> documents = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode list = node.get(field);
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                String name = list.get(i).isTextual() ? list.get(i).asText().strip() : null;
                if (name == null || name.isEmpty()) {
                    continue;
                }
                if (name.length() > 500 || name.indexOf('\u0000') >= 0) {
                    r.warn(field + "[" + i + "]", "longer than 500 characters or with a NUL character, left out");
                } else if (documents.size() < MAX_ITEMS) {
                    documents.add(new DossierUpdate.Document(name, null, null, null));
                }
            }
        }
        for (RecordReader d : r.tolerantArrayOfObjects(field)) {
            add(documents, d, d.text("name", 500), d.text("code", 100), copies(d, "copies"), url(d, "url"), "name");
        }
        return documents;
    }

    private static void add(List<DossierUpdate.Document> documents, RecordReader d, String name, String code,
                            Integer copies, String url, String nameField) {
        if (name == null) {
            d.warn(nameField, "empty, this document is left out");
        } else if (documents.size() >= MAX_ITEMS) {
            d.warn(nameField, "more than " + MAX_ITEMS + " documents, the rest are left out");
        } else {
            documents.add(new DossierUpdate.Document(name, code, copies, url));
        }
    }

    private static Boolean deleted(RecordReader d) {
        String text = d.text("IsDeleted");
        return text == null ? null : text.equalsIgnoreCase("true") || text.equals("1");
    }

    private static Integer copies(RecordReader d, String field) {
        String text = d.text(field);
        if (text == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        d.warn(field, "not a number of copies (1-1000), ignored");
        return null;
    }

    /** Only absolute http(s) links are kept: anything else could run script in a citizen's browser. */
    static String url(RecordReader d, String field) {
        String text = d.text(field);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (text.length() <= MAX_URL && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        d.warn(field, "not an http(s) link, ignored");
        return null;
    }
}
