package vn.motcua.receipt;

import org.junit.jupiter.api.Test;
import vn.motcua.qr.ImageRejectedException;
import vn.motcua.qr.QrEncoder;
import vn.motcua.qr.QrPhotoDecoder;
import vn.motcua.qr.ScannedDossier;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptPhotoReaderTest {
    private final ReceiptPhotoReader reader = new ReceiptPhotoReader(new QrPhotoDecoder(), 2, 1, 2, 64L << 20);

    @Test
    void aReceiptQrGivesTheDossierCodeAndToken() {
        byte[] png = new QrEncoder().png("https://dichvucong.lamdong.gov.vn/tra-cuu/000.00.22.H12-261120-0007?t=k1.AbCdEfGhIjKlMnOpQrStUv", 400);
        Optional<ScannedDossier> scanned = reader.read("test", png).await().atMost(Duration.ofSeconds(10));
        assertThat(scanned).get().satisfies(s -> {
            assertThat(s.code()).isEqualTo("000.00.22.H12-261120-0007");
            assertThat(s.token()).isEqualTo("k1.AbCdEfGhIjKlMnOpQrStUv");
        });
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedCleanly() {
        assertThatThrownBy(() -> reader.read("test", "GIF89a not really".getBytes()).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(ImageRejectedException.class);
    }
}
