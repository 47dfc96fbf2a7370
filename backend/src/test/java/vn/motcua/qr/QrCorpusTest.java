package vn.motcua.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.motcua.qr.ReceiptPhotoGenerator.Distortion;
import vn.motcua.qr.ReceiptPhotoGenerator.Sample;
import vn.motcua.qr.ReceiptPhotoGenerator.Spec;

/**
 * Decodes the generated receipt-photo corpus (seed 42, ~120 photos, mostly 1200x1600 JPEG,
 * four at 12 MP) and requires at least 95% to decode to exactly the printed URL.
 */
class QrCorpusTest {

    static final long CORPUS_SEED = 42;

    @Test
    void decodesAtLeast95PercentOfReceiptPhotos() {
        // Generous budget: this test measures decoding power, not speed on a busy CI machine.
        QrPhotoDecoder decoder = new QrPhotoDecoder(
                QrPhotoDecoder.DEFAULT_MAX_BYTES, QrPhotoDecoder.DEFAULT_MAX_PIXELS, Duration.ofSeconds(20));
        ReceiptPhotoGenerator generator = new ReceiptPhotoGenerator(CORPUS_SEED);
        Map<Distortion, int[]> byDistortion = new EnumMap<>(Distortion.class);
        Map<String, Integer> byStrategy = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> wrongTexts = new ArrayList<>();
        for (Spec spec : ReceiptPhotoGenerator.standardCorpus()) {
            Sample sample = generator.generate(spec);
            int[] counts = byDistortion.computeIfAbsent(spec.distortion(), d -> new int[2]);
            counts[1]++;
            try {
                DecodeResult result = decoder.decode(sample.bytes());
                if (result.text().equals(sample.text())) {
                    counts[0]++;
                    byStrategy.merge(result.strategy(), 1, Integer::sum);
                } else {
                    wrongTexts.add(sample.name() + ": " + result.text());
                }
            } catch (NoQrFoundException e) {
                failures.add(sample.name() + " (" + sample.width() + "x" + sample.height() + "): " + e.getMessage());
            }
        }
        int decoded = byDistortion.values().stream().mapToInt(c -> c[0]).sum();
        int total = byDistortion.values().stream().mapToInt(c -> c[1]).sum();
        double rate = (double) decoded / total;

        System.out.printf("QR corpus (seed %d): %d/%d decoded = %.1f%%%n", CORPUS_SEED, decoded, total, 100 * rate);
        byDistortion.forEach((d, c) -> System.out.printf("  %-13s %3d/%-3d%n", d, c[0], c[1]));
        byStrategy.forEach((s, n) -> System.out.printf("  first success %-28s %3d%n", s, n));
        failures.forEach(f -> System.out.println("  FAILED " + f));

        assertThat(wrongTexts).as("a misread is worse than no read").isEmpty();
        assertThat(rate).as("decode rate, failures: %s", failures).isGreaterThanOrEqualTo(0.95);
    }
}
