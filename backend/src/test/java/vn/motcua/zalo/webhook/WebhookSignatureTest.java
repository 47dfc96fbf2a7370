package vn.motcua.zalo.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed test vector of Zalo's webhook signature ({@code mac=} lowercase hex of plain SHA-256 over app id + exact
 * body bytes + timestamp + OA Secret Key, as docs/zalo-setup.md section 0 shows it), checked to the byte.
 */
class WebhookSignatureTest {
    static final String BODY = "{\"app_id\":\"3608465248940903967\",\"sender\":{\"id\":\"2468458835296197922\"},"
            + "\"user_id_by_app\":\"5521772797175877301\",\"recipient\":{\"id\":\"388613280878808645\"},"
            + "\"event_name\":\"user_send_text\",\"message\":{\"text\":\"TRACUU HS-2025-000123\","
            + "\"msg_id\":\"96d3cdf3af150460909\"},\"timestamp\":\"1718000000000\"}";
    static final String MAC = "mac=54424452472ab085ca7e30a41ddbc1de27bbe867c7877e577259582cac6ea41a";

    @Test
    void referenceVectorGivesTheDocumentedMac() {
        assertThat(WebhookSignature.header("3608465248940903967", BODY.getBytes(StandardCharsets.UTF_8),
                "1718000000000", "EXAMPLE_OA_SECRET_KEY")).isEqualTo(MAC);
    }

    @Test
    void headerParsingAcceptsOnlyMacHex() {
        assertThat(WebhookSignature.digestOf(MAC)).isEqualTo(MAC.substring(4));
        assertThat(WebhookSignature.digestOf(" MAC=" + MAC.substring(4).toUpperCase())).isEqualTo(MAC.substring(4));
        assertThat(WebhookSignature.digestOf(null)).isNull();
        assertThat(WebhookSignature.digestOf(MAC.substring(4))).isNull();
        assertThat(WebhookSignature.digestOf("mac=xyz")).isNull();
        assertThat(WebhookSignature.matches(MAC.substring(4), MAC.substring(4).replace('5', '6'))).isFalse();
    }

    @Test
    void oneChangedByteChangesTheMac() {
        String tampered = BODY.replace("000123", "000124");
        assertThat(WebhookSignature.header("3608465248940903967", tampered.getBytes(StandardCharsets.UTF_8),
                "1718000000000", "EXAMPLE_OA_SECRET_KEY")).isNotEqualTo(MAC);
    }
}
