package vn.motcua.common.problem;

import vn.motcua.common.Hashing;
import vn.motcua.zalo.webhook.WebhookSignature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bad requests against every public, integration, webhook, Mini App, sandbox and admin endpoint, generated from a
 * seed: malformed and deeply nested JSON, wrong types, huge strings and bodies, unicode edge cases, injection
 * strings, forged and replayed signatures, expired and forged tokens, path tricks. Every probe is one the product
 * must refuse (or, for reads, answer without changing anything); {@link Probe#forged()} marks those whose only
 * fault is their credentials, which must never be accepted.
 */
final class BadInputCorpus {
    static final String CODE = "000.00.22.H12-261120-0007";
    static final String OWN = """
            {"code":"000.00.22.H12-261120-0007","procedureCode":"1.001612","agencyCode":"000.00.22.H12",\
            "applicant":{"name":"Nguyễn Văn Bình","type":"citizen","phone":"0912345678"},"status":4,\
            "eventTime":"2026-11-22T09:00:00+07:00","receivedAt":"2026-11-20T08:30:00+07:00"}""";
    static final String DVCQG = """
            {"service":"CapNhatTienDoHoSoMC","data":[{"MaHoSo":"000.00.22.H12-261120-0007",\
            "ThoiDiemXuLy":"20261201090000","TrangThai":"4","NoiDungXuLy":"Chuyển phòng chuyên môn"}]}""";
    static final String EVENT = """
            {"app_id":"sandbox-app","sender":{"id":"2468458835296197922"},"recipient":{"id":"sandbox-oa"},\
            "event_name":"user_send_text","message":{"text":"tra cứu 000.00.22.H12-261120-0007","msg_id":"fuzz-%d"},\
            "timestamp":"%d"}""";

    /** One request; {@code owner} names the part of the code that answers it (findings are listed by owner). */
    record Probe(String owner, String what, String method, byte[] target, Map<String, String> headers, byte[] body,
                 boolean forged) {
        String describe() {
            String path = new String(target, StandardCharsets.ISO_8859_1);
            return owner + " " + what + ": " + method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path)
                    + (body == null ? "" : " (" + body.length + " bytes)");
        }
    }

    private final HostileInput in;
    private final String apiKey;
    private final String adminCookie;
    private final String csrf;
    private final String appId;
    private final String oaSecret;

    BadInputCorpus(long seed, String apiKey, String adminCookie, String csrf, String appId, String oaSecret) {
        this.in = new HostileInput(seed);
        this.apiKey = apiKey;
        this.adminCookie = adminCookie;
        this.csrf = csrf;
        this.appId = appId;
        this.oaSecret = oaSecret;
    }

    /** {@code count} probes, drawn in turn from every generator. */
    List<Probe> generate(int count) {
        List<Supplier<Probe>> generators = List.of(this::lookup, this::access, this::publicReads, this::rating,
                this::qrDecode, this::webPages, this::intakeOwn, this::intakeDvcqg, this::integrationReads,
                this::forgedIntegration, this::webhookForged, this::webhookSignedGarbage, this::miniAppSession,
                this::citizenForged, this::sandbox, this::adminForged, this::adminBadInput, this::pathTricks);
        List<Probe> probes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            probes.add(generators.get(i % generators.size()).get());
        }
        return probes;
    }

    // --- public ---
    private Probe lookup() {
        return get("lookup", "hostile code", "/api/public/v1/dossiers/" + pathSegment(), Map.of(), false);
    }

    private Probe access() {
        byte[] body = in.random().nextBoolean() ? in.malformedJson("{\"phone\":\"0912345678\"}")
                : HostileInput.bytes("{\"" + in.pick(List.of("phone", "idNumber")) + "\":" + in.jsonValue() + "}");
        return post("lookup", "access proof", "/api/public/v1/dossiers/" + CODE + "/access", json(), body, false);
    }

    private Probe publicReads() {
        String path = in.pick(List.of("/api/public/v1/procedures?q=" + query() + "&limit=" + query(),
                "/api/public/v1/announcements?category=" + query(),
                "/api/public/v1/dossiers/" + CODE + "?t=" + query(),
                "/api/public/v1/dossiers/" + CODE + "?t=k1." + query()));
        return get("lookup", "hostile query", path, Map.of(), false);
    }

    private Probe rating() {
        String body = "{\"level\":" + in.jsonValue() + ",\"comment\":" + in.jsonValue() + ",\"token\":" + in.jsonValue() + "}";
        return post("rating", "rating", "/api/public/v1/dossiers/" + CODE + "/rating" + (in.random().nextBoolean() ? "?t=forged" : ""),
                json(), in.random().nextBoolean() ? HostileInput.bytes(body) : in.malformedJson(body), false);
    }

    private Probe qrDecode() {
        Map<String, String> headers = Map.of("Content-Type", in.pick(List.of("image/png", "image/jpeg", "application/json",
                "multipart/form-data; boundary=x", "text/plain")));
        byte[] body = in.random().nextInt(4) == 0
                ? HostileInput.concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, in.randomBytes(in.pick(List.of(10, 5_000, 200_000))))
                : in.malformedJson("{}");
        return post("receipt", "photo decode", "/api/public/v1/qr/decode", headers, body, false);
    }

    private Probe webPages() {
        String path = in.pick(List.of("/tra-cuu/" + pathSegment(), "/tra-cuu?ma=" + query(), "/tra-cuu/" + CODE + "?t=" + query(),
                "/miniapp/" + pathSegment(), "/" + pathSegment(), "/zalo_verifier" + pathSegment() + ".html",
                "/?q=" + query(), "/zalo/oauth/callback?code=" + query() + "&state=" + query()));
        return get("web", "hostile page path", path, Map.of(), false);
    }

    // --- integration ---
    private Probe intakeOwn() {
        // only fields whose bad value refuses the record: a hostile agency name or applicant is stored as text
        String field = in.pick(List.of("code", "status"));
        String mutated = OWN.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\{[^}]*\\}|[0-9]+)",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":"
                        + (field.equals("code") ? HostileInput.quote(notACode()) : notNull())));
        byte[] body = in.random().nextBoolean() ? HostileInput.bytes(mutated) : in.malformedJson(OWN);
        return post("intake", "own format, bad " + field, "/api/integration/v1/dossiers", withKey(json()), body, false);
    }

    /** A hostile value but null: a record without a status is a timeline note by design. */
    private String notNull() {
        String value = in.jsonValue();
        return value.equals("null") ? "\"null\"" : value;
    }

    /**
     * A hostile value that is not a dossier code: a vendor may name a dossier "INFINITY" or "0X10" (letters,
     * digits, . - _ /), and such a record is rightly stored.
     */
    private String notACode() {
        while (true) {
            String value = in.string();
            try {
                vn.motcua.dossier.DossierCode.forNewDossier(value);
            } catch (IllegalArgumentException refused) {
                return value;
            }
        }
    }

    private Probe intakeDvcqg() {
        // a progress update without a status (TrangThai null) is a timeline note by design: not mutated here
        String field = in.pick(List.of("service", "MaHoSo", "ThoiDiemXuLy", "data"));
        String mutated = DVCQG.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\[.*\\])",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":"
                        + (field.equals("MaHoSo") ? HostileInput.quote(notACode()) : in.jsonValue())));
        byte[] body = in.random().nextBoolean() ? HostileInput.bytes(mutated) : in.malformedJson(DVCQG);
        return post("intake", "DVCQG, bad " + field, "/api/integration/dvcqg", withKey(json()), body, false);
    }

    private Probe integrationReads() {
        String base = "/api/integration/v1/dossiers/" + (in.random().nextBoolean() ? CODE : pathSegment());
        String path = in.pick(List.of(base + "/notifications", base + "/rating", base + "/receipt?paper=" + query(),
                base + "/link", base + "/qr.png?size=" + query(), base + "/qr.svg?size=" + query(),
                base + "/qr.png?size=" + in.pick(HostileInput.NUMBERS)));
        return get("integration", "hostile read", path, withKey(new HashMap<>()), false);
    }

    private Probe forgedIntegration() {
        Map<String, String> headers = json();
        String key = in.pick(List.of("", "forged-key", apiKey + "x", apiKey.toUpperCase(), apiKey.substring(1), "null", "' OR '1'='1"));
        if (!key.isEmpty()) {
            headers.put("X-Api-Key", key);
        }
        String path = in.pick(List.of("/api/integration/v1/dossiers", "/api/integration/dvcqg"));
        if (in.random().nextInt(3) == 0) {
            return get("integration", "forged API key '" + key + "'", "/api/integration/v1/dossiers/" + CODE + "/notifications",
                    headers, true);
        }
        return post("integration", "forged API key '" + key + "'", path, headers,
                HostileInput.bytes(path.endsWith("dvcqg") ? DVCQG : OWN), true);
    }

    // --- Zalo webhook ---
    private Probe webhookForged() {
        long now = System.currentTimeMillis();
        int kind = in.random().nextInt(5);
        long ts = kind == 3 ? now - 86_400_000L * 3 : now; // replayed from three days ago
        String body = EVENT.formatted(in.random().nextInt(1_000_000), ts);
        String mac = switch (kind) {
            case 0 -> Hashing.sha256Hex(appId + body + ts + "wrong-secret");
            case 1 -> Hashing.sha256Hex(appId + body.replace("tra cứu", "theo dõi") + ts + oaSecret); // signed another body
            case 2 -> in.pick(List.of("", "0", "x".repeat(64), "A".repeat(10_000)));
            case 3 -> Hashing.sha256Hex(appId + body + ts + oaSecret) + "00";
            default -> Hashing.sha256Hex(appId + body + (ts + 1) + oaSecret); // signed for another moment
        };
        Map<String, String> headers = json();
        headers.put("X-ZEvent-Signature", "mac=" + mac);
        return post("webhook", "forged signature (kind " + kind + ")", "/zalo/webhook", headers, HostileInput.bytes(body), true);
    }

    private Probe webhookSignedGarbage() {
        // correctly signed, but not an event: the signature proves the sender, not the content
        long ts = System.currentTimeMillis();
        byte[] body = in.malformedJson(EVENT.formatted(1, ts));
        if (body.length > 60_000 || body.length == 0) {
            body = HostileInput.bytes("{\"event_name\":" + in.jsonValue() + ",\"timestamp\":" + in.jsonValue() + "}");
        }
        Map<String, String> headers = json();
        headers.put("X-ZEvent-Signature", WebhookSignature.header(appId, body, String.valueOf(ts), oaSecret));
        return post("webhook", "signed garbage", "/zalo/webhook", headers, body, false);
    }

    // --- Mini App ---
    private Probe miniAppSession() {
        String body = "{\"accessToken\":" + in.jsonValue() + ",\"phoneToken\":" + in.jsonValue() + "}";
        return post("citizen", "session", "/api/public/v1/session", json(),
                in.random().nextBoolean() ? HostileInput.bytes(body) : in.malformedJson(body), false);
    }

    private Probe citizenForged() {
        Map<String, String> headers = json();
        headers.put("Authorization", in.pick(List.of("Bearer forged", "Bearer " + "A".repeat(5_000), "Bearer v1.eyJ4Ijo.e30",
                "Basic cXVhbnRyaTpNb3RDdWFAMjAyNg==", "Bearer", "bearer  " + in.pick(HostileInput.INJECTIONS),
                "Bearer c2Vzc2lvbg.expired.0")));
        String code = in.random().nextBoolean() ? CODE : pathSegment();
        return switch (in.random().nextInt(4)) {
            case 0 -> get("citizen", "forged session", "/api/public/v1/me/dossiers", headers, true);
            case 1 -> get("citizen", "forged session", "/api/public/v1/me/subscriptions", headers, true);
            case 2 -> request("citizen", "forged session", "PUT", "/api/public/v1/me/subscriptions/" + code, headers, new byte[0], true);
            default -> post("citizen", "forged session", "/api/public/v1/me/phone", headers,
                    HostileInput.bytes("{\"phoneToken\":\"x\",\"accessToken\":\"y\"}"), true);
        };
    }

    private Probe sandbox() {
        if (in.random().nextBoolean()) {
            return get("sandbox", "hostile read", in.pick(List.of("/api/sandbox/v1/messages?recipient=" + query(),
                    "/sandbox/uploads/" + pathSegment(), "/sandbox/chat?user=" + query())), Map.of(), false);
        }
        return post("sandbox", "chat", "/sandbox/chat", json(), in.malformedJson("{\"user\":\"u\",\"text\":\"x\"}"), false);
    }

    // --- officers' admin ---
    private Probe adminForged() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Cookie", "motcua-admin=" + in.pick(List.of("forged", adminCookie.substring(0, adminCookie.length() / 2),
                adminCookie + "A", new StringBuilder(adminCookie).reverse().toString(), "x".repeat(8_000), "")));
        String path = in.pick(List.of("/admin", "/admin/dossiers", "/admin/settings", "/admin/officers", "/admin/audit",
                "/admin/zalo", "/admin/inbox", "/admin/dashboard", "/admin/settings/procedures"));
        if (in.random().nextBoolean()) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            return post("admin", "forged session", in.pick(List.of("/admin/officers", "/admin/settings/api-keys",
                    "/admin/dossiers/" + CODE + "/actions", "/admin/settings/holidays")), headers,
                    HostileInput.bytes("csrf=" + csrf + "&username=evil&name=evil&day=2026-12-31"), true);
        }
        return get("admin", "forged session", path, headers, true);
    }

    private Probe adminBadInput() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Cookie", "motcua-admin=" + adminCookie);
        if (in.random().nextBoolean()) {
            String path = in.pick(List.of("/admin/dossiers?ma=" + query() + "&trang=" + query(),
                    "/admin/dossiers?trangthai=" + query() + "&hantrong=" + query() + "&coquan=" + query(),
                    "/admin/dossiers/" + pathSegment(), "/admin/announcements/" + pathSegment(),
                    "/admin/inbox/" + pathSegment(), "/admin/settings/procedures/" + pathSegment(),
                    "/admin/audit?trang=" + query(), "/admin/dashboard?tu=" + query() + "&den=" + query()));
            return get("admin", "hostile query", path, headers, false);
        }
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        // a bad or missing CSRF token, or an id that names nothing: refused whatever the fields say
        String token = in.random().nextBoolean() ? "forged" : csrf;
        String id = in.random().nextBoolean() ? pathSegment() : in.pick(HostileInput.NUMBERS);
        String path = in.pick(List.of("/admin/officers/" + id + "/role", "/admin/announcements/" + id + "/publish",
                "/admin/settings/agencies/" + id + "/rename", "/admin/settings/api-keys/" + id + "/revoke",
                "/admin/dossiers/" + (token.equals(csrf) ? pathSegment() : CODE) + "/actions",
                "/admin/settings/holidays/" + id + "/delete", "/admin/inbox/" + id + "/reply"));
        String form = "csrf=" + token + "&role=" + query() + "&name=" + query() + "&action=" + query() + "&text=" + query();
        return post("admin", "bad form", path, headers, HostileInput.bytes(form), false);
    }

    /** Path tricks on protected paths: they must end at the login page or a 4xx, never at the page itself. */
    private Probe pathTricks() {
        String target = in.pick(List.of("/admin;x=1/dossiers", "/admin/..;/admin/dossiers", "//admin/dossiers",
                "/ADMIN/dossiers", "/admin%2fdossiers", "/admin/%2e%2e/admin/dossiers", "/%61dmin/dossiers",
                "/admin/dossiers/..%2f..%2fq/metrics", "/api/integration/v1/dossiers/..%2f..%2f..%2fpublic/v1/procedures",
                "/api/public/v1/dossiers/..%2f..%2fintegration%2fv1%2fdossiers", "/admin\\dossiers", "/admin/./dossiers",
                "/admin/dossiers%00", "/admin/dossiers?x=%00", "/./admin/officers", "/admin/officers;jsessionid=x"));
        boolean adminTarget = target.toLowerCase().contains("dmin");
        return get(adminTarget ? "admin-paths" : "integration", "path trick", target, new HashMap<>(), adminTarget);
    }

    // --- helpers ---
    private String pathSegment() {
        String raw = in.random().nextInt(3) == 0 ? in.pick(HostileInput.INJECTIONS) : in.string();
        if (raw.length() > 20_000) {
            raw = raw.substring(0, 20_000);
        }
        return encode(raw, in.random().nextInt(4) == 0);
    }

    private String query() {
        String raw = in.string();
        return encode(raw.length() > 20_000 ? raw.substring(0, 20_000) : raw, false);
    }

    /** Percent-encodes what a raw request line cannot carry; {@code keepSlashes} leaves / and . alone. */
    private static String encode(String raw, boolean keepSlashes) {
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (keepSlashes && (c == '/' || c == '.'))) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private Map<String, String> json() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", in.pick(List.of("application/json", "application/json", "application/json; charset=utf-8",
                "text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1")));
        return headers;
    }

    private Map<String, String> withKey(Map<String, String> headers) {
        headers.put("X-Api-Key", apiKey);
        return headers;
    }

    private static Probe get(String owner, String what, String target, Map<String, String> headers, boolean forged) {
        return request(owner, what, "GET", target, headers, null, forged);
    }

    private static Probe post(String owner, String what, String target, Map<String, String> headers, byte[] body,
                              boolean forged) {
        return request(owner, what, "POST", target, headers, body, forged);
    }

    private static Probe request(String owner, String what, String method, String target, Map<String, String> headers,
                                 byte[] body, boolean forged) {
        return new Probe(owner, what, method, target.getBytes(StandardCharsets.ISO_8859_1), Map.copyOf(headers), body, forged);
    }
}
