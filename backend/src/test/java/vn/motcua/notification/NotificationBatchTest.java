package vn.motcua.notification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches survive the trip through a broker as text; anything else on the channel is dropped, not fatal. */
class NotificationBatchTest {

    @Test
    void aBatchRoundTrips() {
        UUID claim = UUID.randomUUID();
        NotificationBatch batch = NotificationBatch.decode(NotificationBatch.encode(claim, List.of(3L, 1L, 42L)));
        assertThat(batch.claim()).isEqualTo(claim);
        assertThat(batch.ids()).containsExactly(3L, 1L, 42L);
    }

    @Test
    void malformedMessagesAreIgnored() {
        assertThat(NotificationBatch.decode("")).isNull();
        assertThat(NotificationBatch.decode("1,2,3")).isNull();
        assertThat(NotificationBatch.decode("not-a-uuid:1,2")).isNull();
        assertThat(NotificationBatch.decode(UUID.randomUUID() + ":1,x")).isNull();
        assertThat(NotificationBatch.decode(UUID.randomUUID() + ":")).isNull();
    }
}
