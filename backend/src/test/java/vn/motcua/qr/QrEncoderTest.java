package vn.motcua.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class QrEncoderTest {

    static final String TYPICAL_URL =
            "https://dichvucong.lamdong.gov.vn/tra-cuu/000.00.22.H12-261120-0007?t=k1.AbCdEfGhIjKlMnOpQrStUv";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private final QrEncoder encoder = new QrEncoder();
    private final QrPhotoDecoder decoder = new QrPhotoDecoder();

    @Test
    void typicalReceiptUrlIsVersion8AtLevelQ() {
        assertThat(TYPICAL_URL).hasSize(95);
        assertThat(encoder.version(TYPICAL_URL)).isEqualTo(8);
        assertThat(encoder.moduleCount(TYPICAL_URL)).isEqualTo(49);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 200, 512, 1000, 2048})
    void pngRoundTripsAtEverySize(int size) throws IOException {
        byte[] png = encoder.png(TYPICAL_URL, size);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(decoder.decode(png).text()).isEqualTo(TYPICAL_URL);
    }

    @Test
    void pngKeepsAQuietZoneOfFourModules() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoder.png(TYPICAL_URL, 400)));
        int scale = 400 / (49 + 8);
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    first = Math.min(first, Math.min(x, y));
                    last = Math.max(last, Math.max(x, y));
                }
            }
        }
        assertThat(first).isGreaterThanOrEqualTo(4 * scale);
        assertThat(image.getWidth() - 1 - last).isGreaterThanOrEqualTo(4 * scale);
    }

    @Test
    void pngIsSmallOneBitImage() {
        assertThat(encoder.png(TYPICAL_URL, 512).length).isLessThan(4_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 63, 2049, Integer.MAX_VALUE})
    void pngRejectsSizesOutsideTheRange(int size) {
        assertThatThrownBy(() -> encoder.png(TYPICAL_URL, size)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsEmptyAndOversizedTexts() {
        assertThatThrownBy(() -> encoder.svg("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoder.svg(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoder.png("x".repeat(3000), 512)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void svgIsWellFormedXmlWithQuietZoneAndRoundTrips() throws Exception {
        String svg = encoder.svg(TYPICAL_URL);

        Element root = parseXml(svg).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 57 57");
        assertThat(root.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(root.getElementsByTagName("path").getLength()).isEqualTo(1);
        Element background = (Element) root.getElementsByTagName("rect").item(0);
        assertThat(background.getAttribute("fill")).isEqualTo("#fff");

        String d = ((Element) root.getElementsByTagName("path").item(0)).getAttribute("d");
        BufferedImage rendered = renderPath(d, 57, 8);
        assertThat(decoder.decode(ImageFiles.write(rendered, "png")).text()).isEqualTo(TYPICAL_URL);
    }

    @Test
    void nonAsciiTextIsEncodedAsUtf8() {
        String text = "Hồ sơ 000.00.22.H12-261120-0007: đã tiếp nhận";

        assertThat(decoder.decode(encoder.png(text, 600)).text()).isEqualTo(text);
    }

    /** Draws the SVG path's module runs at {@code scale} px per module, checking each stays inside the quiet zone. */
    private static BufferedImage renderPath(String d, int size, int scale) {
        BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        Matcher m = RUN.matcher(d);
        int end = 0;
        while (m.find()) {
            assertThat(m.start()).as("path is only module runs").isEqualTo(end);
            end = m.end();
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int run = Integer.parseInt(m.group(3));
            assertThat(m.group(4)).isEqualTo(m.group(3));
            assertThat(x).isGreaterThanOrEqualTo(4);
            assertThat(y).isBetween(4, size - 5);
            assertThat(x + run).isLessThanOrEqualTo(size - 4);
            g.fillRect(x * scale, y * scale, run * scale, scale);
        }
        assertThat(end).isEqualTo(d.length());
        g.dispose();
        return image;
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
