package vn.motcua.qr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Extracts the dossier code (and token) from the text of a scanned QR code. Accepted forms:
 * <ul>
 *   <li>{@code {anyBase}/tra-cuu/{code}?t={token}}, the link printed on receipts (code may be percent-encoded);</li>
 *   <li>{@code https://zalo.me/s/{miniAppId}/...?code={code}&t={token}}, a Mini App deep link;</li>
 *   <li>a bare dossier code such as {@code 000.00.22.H12-261120-0007} (any case, spaces allowed).</li>
 * </ul>
 * Anything else (other sites' QR codes, payment QRs, garbage) gives an empty result. Stateless.
 */
public final class QrLinkParser {

    /** Longer texts are not ours; also keeps the regex and decoding work bounded. */
    static final int MAX_TEXT_LENGTH = 2048;
    static final int MAX_CODE_LENGTH = 100;

    private static final String TRACKING_SEGMENT = "/tra-cuu/";
    private static final Pattern ZALO_MINI_APP = Pattern.compile("^https?://zalo\\.me/s/[^/]+(/.*)?$");
    /** Agency part (dot-separated), then -ddMMyy-sequence; hyphens may be spaces, separators padded. */
    private static final Pattern BARE_CODE = Pattern.compile(
            "[a-z0-9]{1,10}(?:\\s*\\.\\s*[a-z0-9]{1,10}){0,6}\\s*[-\\s]\\s*\\d{6}\\s*[-\\s]\\s*\\d{1,6}",
            Pattern.CASE_INSENSITIVE);

    public Optional<ScannedDossier> parse(String decodedText) {
        if (decodedText == null) {
            return Optional.empty();
        }
        String text = decodedText.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        if (BARE_CODE.matcher(text).matches()) {
            return Optional.of(new ScannedDossier(text, null));
        }
        int hash = text.indexOf('#');
        String withoutFragment = hash >= 0 ? text.substring(0, hash) : text;
        int question = withoutFragment.indexOf('?');
        String path = question >= 0 ? withoutFragment.substring(0, question) : withoutFragment;
        String query = question >= 0 ? withoutFragment.substring(question + 1) : "";
        String lowerPath = path.toLowerCase(Locale.ROOT);

        String code;
        if (ZALO_MINI_APP.matcher(lowerPath).matches()) {
            code = queryParam(query, "code");
        } else {
            int at = lowerPath.lastIndexOf(TRACKING_SEGMENT);
            if (at < 0) {
                return Optional.empty();
            }
            String segment = path.substring(at + TRACKING_SEGMENT.length());
            int slash = segment.indexOf('/');
            code = percentDecode(slash >= 0 ? segment.substring(0, slash) : segment);
        }
        if (!plausibleCode(code)) {
            return Optional.empty();
        }
        return Optional.of(new ScannedDossier(code.strip(), queryParam(query, "t")));
    }

    private static boolean plausibleCode(String code) {
        if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            return false;
        }
        return code.chars().noneMatch(c -> Character.isISOControl(c) || c == '/');
    }

    /** First value of {@code name}, percent-decoded; null if absent, empty or malformed. */
    private static String queryParam(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = percentDecode(eq >= 0 ? pair.substring(0, eq) : pair);
            if (name.equals(key)) {
                String value = eq >= 0 ? percentDecode(pair.substring(eq + 1)) : null;
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    /**
     * RFC 3986 percent-decoding as UTF-8; null when an escape is malformed. A '+' stays a '+':
     * our tokens never contain spaces, and a '+' left unescaped by some generator is literal.
     */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c != '%') {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c) - 1;
                continue;
            }
            if (i + 2 >= s.length()) {
                return null;
            }
            int hi = Character.digit(s.charAt(i + 1), 16);
            int lo = Character.digit(s.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
