package vn.motcua.common.problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Hostile values and bodies, drawn from a seeded random source so that a failing run can be replayed. */
final class HostileInput {
    static final List<String> INJECTIONS = List.of("' OR '1'='1", "\"; drop table dossier; --", "<script>alert(1)</script>",
            "{{7*7}}", "${7*7}", "#{7*7}", "${jndi:ldap://127.0.0.1/a}", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "%00", "\r\nSet-Cookie: x=1", "1) or pg_sleep(5)--", "{\"$gt\": \"\"}", "$(reboot)", "`id`", "%s%s%s%n",
            "\\u0000", "' union select password_hash from officer --");
    static final List<String> UNICODE = List.of("\u0000", "a\u0000b", "\u202eevil", "\u200b\u200b", "\ufeffBOM",
            "𝕄ộ𝕥 ℂử𝕒 😀👨‍👩‍👧", "a" + "\u0301".repeat(500), "Hồ sơ đất đai", "\ud800", "\udfff\ud800", "\u0085\u2028\u2029",
            "ﷺ", "\u0007\u001b[31m", "Ǆǅ", "İı");
    static final List<String> NUMBERS = List.of("1e400", "-1", "0", "99999999999999999999999999", "NaN", "Infinity", "-0",
            "0x10", "1.5", "-9223372036854775809", "1e-400", "2147483648");

    private final Random random;

    HostileInput(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A hostile string: an injection, a unicode edge case, a number-like string, or a huge one. */
    String string() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(INJECTIONS);
            case 1 -> pick(UNICODE);
            case 2 -> pick(NUMBERS);
            case 3 -> pick(List.of("A", "ồ", "9", "\u0000", "😀")).repeat(pick(List.of(300, 5_000, 100_000)));
            default -> pick(INJECTIONS) + pick(UNICODE);
        };
    }

    /** A JSON value of a hostile kind, as JSON text. */
    String jsonValue() {
        return switch (random.nextInt(9)) {
            case 0 -> quote(string());
            case 1 -> pick(List.of("1e400", "-1", "0", "99999999999999999999999999", "-0", "1.5", "1e-400", "123456789012"));
            case 2 -> pick(List.of("true", "false", "null"));
            case 3 -> "[]";
            case 4 -> "{}";
            case 5 -> "[" + quote(string()) + "]";
            case 6 -> "{\"x\":" + quote(string()) + "}";
            case 7 -> nested(pick(List.of(50, 2_000)));
            default -> quote(pick(UNICODE));
        };
    }

    /** Malformed or abusive JSON text, never a valid document of the expected shape. */
    byte[] malformedJson(String validTemplate) {
        return switch (random.nextInt(14)) {
            case 0 -> validTemplate.substring(0, Math.max(1, random.nextInt(validTemplate.length()))).getBytes(StandardCharsets.UTF_8);
            case 1 -> bytes(pick(List.of("{", "[", "}", "]", "nul", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "[1,,2]", "{\"a\" 1}")));
            case 2 -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(validTemplate.replace("{", "{{")));
            case 3 -> new byte[0];
            case 4 -> bytes(pick(List.of("null", "\"text\"", "123", "[]", "[null]", "true", "1e400")));
            case 5 -> bytes(nested(pick(List.of(1_000, 10_000, 100_000))));
            case 6 -> bytes(nestedObject(pick(List.of(1_000, 10_000, 50_000))));
            case 7 -> invalidUtf8(validTemplate);
            case 8 -> bytes(validTemplate + pick(List.of("garbage", "}", "]]", "\u0000", "{\"a\":1}")));
            case 9 -> bytes("[" + (validTemplate + ",").repeat(pick(List.of(501, 2_000))) + validTemplate + "]");
            case 10 -> bytes("{\"a\":\"" + "x".repeat(pick(List.of(1_000_000, 6_000_000))) + "\"}");
            case 11 -> bytes(validTemplate.replaceFirst(":", java.util.regex.Matcher.quoteReplacement(":" + jsonValue() + ",")));
            case 12 -> bytes("{\"a\":\"\u0000\u0001\u001f\",\"b\":\"" + "\t\n".repeat(10) + "\"}");
            default -> randomBytes(pick(List.of(1, 100, 10_000)));
        };
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String nestedObject(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    byte[] invalidUtf8(String template) {
        byte[] bad = pick(List.of(new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xFF, (byte) 0xFE},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[]{(byte) 0xE2, (byte) 0x82}));
        byte[] t = bytes(template);
        int at = template.indexOf(":\"") + 2;
        if (at < 2) {
            return concat(bad, t);
        }
        return concat(concat(java.util.Arrays.copyOfRange(t, 0, at), bad), java.util.Arrays.copyOfRange(t, at, t.length));
    }

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
