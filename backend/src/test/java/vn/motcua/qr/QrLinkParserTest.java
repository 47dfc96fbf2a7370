package vn.motcua.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QrLinkParserTest {

    private static final String CODE = "000.00.22.H12-261120-0007";
    private static final String TOKEN = "k1.AbCdEfGhIjKlMnOpQrStUv";

    private final QrLinkParser parser = new QrLinkParser();

    static Stream<Arguments> recognised() {
        return Stream.of(
                // Receipt links, any base.
                Arguments.of("https://dichvucong.lamdong.gov.vn/tra-cuu/" + CODE + "?t=" + TOKEN, CODE, TOKEN),
                Arguments.of("http://localhost:8080/app/tra-cuu/" + CODE + "?t=" + TOKEN, CODE, TOKEN),
                Arguments.of("https://x.vn/tra-cuu/" + CODE, CODE, null),
                Arguments.of("https://x.vn/tra-cuu/" + CODE + "?t=", CODE, null),
                Arguments.of("https://x.vn/tra-cuu/" + CODE + "/?lang=vi&t=" + TOKEN + "#top", CODE, TOKEN),
                Arguments.of("  https://x.vn/TRA-CUU/" + CODE + "?t=" + TOKEN + "\n", CODE, TOKEN),
                Arguments.of("https://x.vn/tra-cuu/000.00.22.H12%2D261120%2D0007?t=k1.a%2Bb", CODE, "k1.a+b"),
                Arguments.of("https://x.vn/tra-cuu/000%2E00%2E22%2Eh12%20-%20261120-0007", "000.00.22.h12 - 261120-0007", null),
                Arguments.of("/tra-cuu/" + CODE + "?t=" + TOKEN, CODE, TOKEN),
                Arguments.of("https://x.vn/tra-cuu/" + CODE + "?t=a+b", CODE, "a+b"),
                // Zalo Mini App deep links.
                Arguments.of("https://zalo.me/s/1234567890/?code=" + CODE + "&t=" + TOKEN, CODE, TOKEN),
                Arguments.of("https://zalo.me/s/1234567890/tra-cuu?t=" + TOKEN + "&code=" + CODE, CODE, TOKEN),
                Arguments.of("https://zalo.me/s/1234567890?code=000.00.22.H12%2D261120%2D0007", CODE, null),
                Arguments.of("HTTPS://ZALO.ME/s/1234567890/?code=" + CODE, CODE, null),
                // Bare codes: trimmed only, case and inner spacing kept for the backend's normaliser.
                Arguments.of(CODE, CODE, null),
                Arguments.of("  000.00.22.h12-261120-0007 ", "000.00.22.h12-261120-0007", null),
                Arguments.of("000.00.22.H12 - 261120 - 0007", "000.00.22.H12 - 261120 - 0007", null),
                Arguments.of("000 . 00 . 22 . H12 261120 0007", "000 . 00 . 22 . H12 261120 0007", null),
                Arguments.of("H12.22-240101-1", "H12.22-240101-1", null));
    }

    @ParameterizedTest
    @MethodSource("recognised")
    void extractsCodeAndToken(String text, String code, String token) {
        Optional<ScannedDossier> parsed = parser.parse(text);

        assertThat(parsed).contains(new ScannedDossier(code, token));
    }

    static Stream<String> rejected() {
        return Stream.of(
                "",
                "   ",
                "hello world",
                "https://example.com/",
                "https://x.vn/tra-cuu/",
                "https://x.vn/tra-cuu/?t=" + TOKEN,
                "https://x.vn/tra-cuu/%ZZ",
                "https://x.vn/tra-cuu/%C3%28",
                "https://x.vn/tra-cuu/abc%0Adef",
                "https://x.vn/tra-cuu/" + "9".repeat(QrLinkParser.MAX_CODE_LENGTH + 1),
                "https://zalo.me/s/1234567890/?t=" + TOKEN,
                "https://zalo.me/s/1234567890/?code=",
                "https://example.com/?code=" + CODE,
                "00020101021238570010A000000727012700069704220113", // VietQR payment payload
                "WIFI:T:WPA;S:office;P:secret;;",
                "https://x.vn/tra-cuu/" + CODE + "?t=" + TOKEN + "x".repeat(QrLinkParser.MAX_TEXT_LENGTH));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void ignoresOtherContent(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @Test
    void ignoresNull() {
        assertThat(parser.parse(null)).isEmpty();
    }

    @Test
    void decodesMultiByteUtf8Escapes() {
        assertThat(parser.parse("https://x.vn/tra-cuu/H%E1%BB%93-S%C6%A1-1")).contains(new ScannedDossier("Hồ-Sơ-1", null));
        assertThat(QrLinkParser.percentDecode("%F0%9F%98%80x")).isEqualTo("\uD83D\uDE00x");
    }
}
