package vn.motcua.receipt;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.qr.QrEncoder;
import vn.motcua.support.PostgresTest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client floods the public QR decoder with photos that take the whole decode budget; another client's receipt
 * photo is still read at once, and the flood is told to wait (429) instead of queueing without end.
 */
@QuarkusTest
class QrDecodeFairnessTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0007";


    /** Grey noise: a valid PNG in which the decoder looks for a QR code until its time budget runs out. */
    private static byte[] expensivePhoto(long seed) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(seed);
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        random.nextBytes(pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private record Answer(int status, String retryAfter, String body, long doneAt) {
    }

    private static CompletableFuture<Answer> upload(HttpClient http, String client, byte[] png) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/public/v1/qr/decode"))
                .header("Content-Type", "image/png").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> new Answer(
                response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), response.body(), System.nanoTime()));
    }

    @Test
    void aFloodFromOneClientDoesNotDelayAnotherClientsPhoto() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] receipt = new QrEncoder().png("http://localhost:8080/tra-cuu/" + CODE + "?t=k1.abc", 600);
        // the photos are made first and sent together: made one by one between sends on a loaded machine, the first
        // decodes ended before the last photos arrived, and fewer than expected found the slots taken
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            photos.add(expensivePhoto(i));
        }
        List<CompletableFuture<Answer>> flood = new ArrayList<>();
        for (byte[] photo : photos) {
            flood.add(upload(http, "203.0.113.99", photo));
        }
        Thread.sleep(500); // the flood has arrived and holds its slot and its queue
        long sent = System.nanoTime();
        Answer citizen = upload(http, "198.51.100.23", receipt).join();
        List<Answer> flooded = flood.stream().map(CompletableFuture::join).toList();

        assertThat(citizen.status()).isEqualTo(200);
        assertThat(citizen.body()).contains(CODE);
        List<Answer> decoded = flooded.stream().filter(a -> a.status() == 422).toList();
        List<Answer> refused = flooded.stream().filter(a -> a.status() == 429).toList();
        assertThat(decoded.size() + refused.size()).isEqualTo(8);
        // one running and two waiting: the rest is refused at once with a wait, not queued
        assertThat(refused).hasSizeGreaterThanOrEqualTo(4).allSatisfy(a -> assertThat(a.retryAfter()).matches("[1-9][0-9]*"));
        // the citizen's photo did not wait behind the flood: it was answered before the flood's decodes were done
        long lastFloodDecode = decoded.stream().mapToLong(Answer::doneAt).max().orElseThrow();
        assertThat(citizen.doneAt()).isLessThan(lastFloodDecode);
        // a generous bound for a loaded two-core machine (the flood alone takes several seconds)
        assertThat((citizen.doneAt() - sent) / 1_000_000).isLessThan(5_000);
    }
}
