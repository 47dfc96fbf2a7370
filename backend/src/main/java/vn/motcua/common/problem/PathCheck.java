package vn.motcua.common.problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What {@link UnsafePathFilter} refuses in a raw (still percent-encoded) request path, as plain functions. */
final class PathCheck {
    /**
     * Paths whose next segment is a dossier code. Vendors' own codes may contain '/', which the Mini App and the
     * receipt links send as %2F: allowed in that one segment (never under /admin), dot segments still refused.
     */
    private static final List<String> CODE_PREFIXES = List.of("/api/public/v1/dossiers/",
            "/api/public/v1/me/subscriptions/", "/api/integration/v1/dossiers/", "/tra-cuu/");
    private static final String PUNCTUATION = "-._~!$&'()*+=:@/%";

    private PathCheck() {
    }

    /** Why the path is refused, or null when it is fine. */
    static String problem(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return "not an absolute path";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';') {
                return "matrix parameter";
            }
            if (!(c < 128 && (Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0))) {
                return "character not allowed";
            }
        }
        String[] segments = path.split("/", -1);
        int codeSegment = codeSegment(path);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].isEmpty() && i < segments.length - 1) {
                return "empty segment";
            }
            String decoded = decode(segments[i]);
            if (decoded == null) {
                return "bad percent-encoding";
            }
            if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '%')) {
                return "encoded control character or percent sign";
            }
            boolean slash = decoded.indexOf('/') >= 0 || decoded.indexOf('\\') >= 0;
            if (slash && i != codeSegment) {
                return "encoded slash";
            }
            // the plain segment first: the regular expression is only needed for a code's encoded slash, and this
            // check runs on every request (it showed in the lookup's CPU profile)
            if (slash ? isDotSegmentInside(decoded) : decoded.equals(".") || decoded.equals("..")) {
                return "dot segment";
            }
        }
        return null;
    }

    private static boolean isDotSegmentInside(String decoded) {
        for (String part : decoded.split("[/\\\\]", -1)) {
            if (part.equals(".") || part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static int codeSegment(String path) {
        for (String prefix : CODE_PREFIXES) {
            if (path.startsWith(prefix)) {
                return (int) prefix.chars().filter(c -> c == '/').count();
            }
        }
        return -1;
    }

    /** The segment percent-decoded as UTF-8, or null when a '%' is not followed by two hex digits. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= segment.length() || Character.digit(segment.charAt(i + 1), 16) < 0
                    || Character.digit(segment.charAt(i + 2), 16) < 0) {
                return null;
            }
            bytes.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The path as a log line may show it: printable ASCII only, at most 200 characters. */
    static String printable(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length() && out.length() < 200; i++) {
            char c = path.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
