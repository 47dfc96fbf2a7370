package vn.motcua.qr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.qr.ReceiptPhotoGenerator.Distortion;
import vn.motcua.qr.ReceiptPhotoGenerator.Sample;
import vn.motcua.qr.ReceiptPhotoGenerator.Spec;

/**
 * Decode-time benchmark (a main, not a test): N generated 12-megapixel receipt photos
 * (mildly distorted, JPEG q0.85), warmed up, decoded one at a time with the default limits;
 * then the standard corpus per distortion. Figures go to docs/performance.md ("QR codes").
 *
 * <p>Usage: {@code QrDecodeBenchmark [photos=30] [seed=2024] [corpusSeeds=42]}; corpus seeds are a
 * comma-separated list (42 is the unit test's corpus, the decode plan was tuned on 42, 7 and 99).
 */
public final class QrDecodeBenchmark {

    private static final int WARM_UP = 5;

    private QrDecodeBenchmark() {
    }

    public static void main(String[] args) {
        int photos = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2024;
        String corpusSeeds = args.length > 2 ? args[2] : String.valueOf(QrCorpusTest.CORPUS_SEED);
        QrEncoder encoder = new QrEncoder();
        System.out.printf("JVM %s, %d CPUs, max heap %d MB, load average %s%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        System.out.printf("Typical URL (%d chars): QR version %d, %d modules + 2x%d quiet zone, level %s%n",
                QrEncoderTest.TYPICAL_URL.length(), encoder.version(QrEncoderTest.TYPICAL_URL),
                encoder.moduleCount(QrEncoderTest.TYPICAL_URL), QrEncoder.QUIET_ZONE_MODULES, QrEncoder.ERROR_CORRECTION);

        ReceiptPhotoGenerator generator = new ReceiptPhotoGenerator(seed);
        List<Sample> samples = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < WARM_UP + photos; i++) {
            Sample sample = generator.generate(new Spec(Distortion.PHOTO_12MP, i));
            samples.add(sample);
            bytes += sample.bytes().length;
        }
        System.out.printf("Generated %d photos of %dx%d, mean JPEG size %d KB%n", samples.size(),
                samples.get(0).width(), samples.get(0).height(), bytes / samples.size() / 1024);
        QrPhotoDecoder decoder = new QrPhotoDecoder();
        for (Sample sample : samples.subList(0, WARM_UP)) {
            tryDecode(decoder, sample);
        }
        long[] millis = new long[photos];
        int decoded = 0;
        Map<String, Integer> strategies = new TreeMap<>();
        for (int i = 0; i < photos; i++) {
            Sample sample = samples.get(WARM_UP + i);
            long start = System.nanoTime();
            DecodeResult result = tryDecode(decoder, sample);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (result != null) {
                decoded++;
                strategies.merge(result.strategy(), 1, Integer::sum);
            }
        }
        Arrays.sort(millis);
        System.out.printf("12 MP photos: %d/%d decoded; decode time p50 %d ms, p95 %d ms, max %d ms%n",
                decoded, photos, percentile(millis, 50), percentile(millis, 95), millis[photos - 1]);
        strategies.forEach((s, n) -> System.out.printf("  first success %-28s %3d%n", s, n));
        noQrWorstCase(decoder);
        for (String corpusSeed : corpusSeeds.split(",")) {
            corpus(decoder, Long.parseLong(corpusSeed.trim()));
        }
    }

    /** A 12 MP photo without any QR runs every attempt plus the detail round: the worst case. */
    private static void noQrWorstCase(QrPhotoDecoder decoder) {
        byte[] blank = ImageFiles.jpeg(HostileImages.blankPaper(3000, 4000), 0.85f);
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            try {
                decoder.decode(blank);
            } catch (NoQrFoundException expected) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        System.out.printf("12 MP photo without QR: NoQrFoundException after p50 %d ms, max %d ms%n",
                percentile(millis, 50), millis[millis.length - 1]);
    }

    /** The standard corpus, per distortion: decode rate and median time. */
    private static void corpus(QrPhotoDecoder decoder, long corpusSeed) {
        ReceiptPhotoGenerator generator = new ReceiptPhotoGenerator(corpusSeed);
        Map<Distortion, List<Long>> times = new EnumMap<>(Distortion.class);
        Map<Distortion, int[]> counts = new EnumMap<>(Distortion.class);
        for (Spec spec : ReceiptPhotoGenerator.standardCorpus()) {
            Sample sample = generator.generate(spec);
            long start = System.nanoTime();
            DecodeResult result = tryDecode(decoder, sample);
            times.computeIfAbsent(spec.distortion(), d -> new ArrayList<>()).add((System.nanoTime() - start) / 1_000_000);
            int[] c = counts.computeIfAbsent(spec.distortion(), d -> new int[2]);
            c[0] += result != null ? 1 : 0;
            c[1]++;
        }
        System.out.printf("Corpus (seed %d), default 1.5 s budget:%n", corpusSeed);
        int ok = 0;
        int all = 0;
        for (Distortion d : counts.keySet()) {
            long[] t = times.get(d).stream().mapToLong(Long::longValue).sorted().toArray();
            int[] c = counts.get(d);
            ok += c[0];
            all += c[1];
            System.out.printf("  %-13s %3d/%-3d  p50 %4d ms  max %4d ms%n", d, c[0], c[1], percentile(t, 50), t[t.length - 1]);
        }
        System.out.printf("  total         %3d/%-3d = %.1f%%%n", ok, all, 100.0 * ok / all);
    }

    private static DecodeResult tryDecode(QrPhotoDecoder decoder, Sample sample) {
        try {
            DecodeResult result = decoder.decode(sample.bytes());
            return result.text().equals(sample.text()) ? result : null;
        } catch (NoQrFoundException e) {
            return null;
        }
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
