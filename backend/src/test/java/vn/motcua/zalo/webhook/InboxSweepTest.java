package vn.motcua.zalo.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.support.ZaloEvents;
import vn.motcua.zalo.support.ZaloTestProfile;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored but never handed to the bot (full channel, instance stopped) are picked up by the sweep. */
@QuarkusTest
@TestProfile(ZaloTestProfile.class)
class InboxSweepTest {
    static final Class<?> DB = PostgresTest.class;

    @Inject
    InboxProcessor processor;

    @BeforeEach
    void clean() {
        ZaloEvents.reset();
    }

    @Test
    void staleEventsAreProcessedOnceAndFreshOnesAreLeftToTheChannel() {
        String stale = ZaloEvents.text("u-sweep", "hướng dẫn").replace("'", "''");
        String fresh = ZaloEvents.text("u-fresh", "hướng dẫn").replace("'", "''");
        Db.execute("insert into zalo_inbox (dedupe_key, event_name, zalo_user_id, raw_body, received_at) values "
                + "('k-stale', 'user_send_text', 'u-sweep', '" + stale + "', now() - interval '2 minutes'), "
                + "('k-fresh', 'user_send_text', 'u-fresh', '" + fresh + "', now())");
        processor.sweep().await().atMost(Duration.ofSeconds(5));
        ZaloEvents.awaitCount("select count(*) from zalo_inbox where dedupe_key = 'k-stale' and state = 'processed'", 1);
        processor.sweep().await().atMost(Duration.ofSeconds(5));
        ZaloEvents.awaitCount("select count(*) from zalo_inbox where state = 'processing'", 0);
        assertThat(ZaloEvents.replies("u-sweep")).hasSize(1);
        assertThat(ZaloEvents.replies("u-fresh")).isEmpty();
        assertThat(Db.column("select state from zalo_inbox where dedupe_key = 'k-fresh'")).containsExactly("pending");
    }

    @Test
    void oneSweepGoesThroughABurstLargerThanAPage() {
        String body = ZaloEvents.text("u-burst", "hướng dẫn").replace("'", "''");
        // 1,200 rows the channel never took (a page is 500), from 300 citizens
        Db.execute("insert into zalo_inbox (dedupe_key, event_name, zalo_user_id, raw_body, received_at) "
                + "select 'k-burst-' || n, 'user_send_text', 'u-burst-' || (n % 300), "
                + "replace('" + body + "', '\"u-burst\"', '\"u-burst-' || (n % 300) || '\"'), "
                + "now() - interval '30 seconds' from generate_series(1, 1200) n");
        processor.sweep().await().atMost(Duration.ofSeconds(10));
        // what is checked is that nothing is left behind a page, not how fast: a CI machine busy with other
        // builds took more than 15 s for the 1,200
        ZaloEvents.awaitCount("select count(*) from zalo_inbox where state = 'processed'", 1200, Duration.ofSeconds(90));
        assertThat(ZaloEvents.replies("u-burst-7")).hasSize(4);
    }

    @Test
    void aClaimOfAKilledInstanceIsTakenAgainAfterAMinuteNotBefore() {
        String dead = ZaloEvents.text("u-dead", "hướng dẫn").replace("'", "''");
        String live = ZaloEvents.text("u-live", "hướng dẫn").replace("'", "''");
        // claimed 90 s ago by an instance that was killed; claimed 20 s ago by one still at work on it
        Db.execute("insert into zalo_inbox (dedupe_key, event_name, zalo_user_id, raw_body, received_at, state, "
                + "attempts, claimed_at) values "
                + "('k-dead', 'user_send_text', 'u-dead', '" + dead + "', now() - interval '95 seconds', 'processing', 1, "
                + "now() - interval '90 seconds'), "
                + "('k-live', 'user_send_text', 'u-live', '" + live + "', now() - interval '25 seconds', 'processing', 1, "
                + "now() - interval '20 seconds')");
        processor.sweep().await().atMost(Duration.ofSeconds(5));
        ZaloEvents.awaitCount("select count(*) from zalo_inbox where dedupe_key = 'k-dead' and state = 'processed'", 1);
        assertThat(ZaloEvents.replies("u-dead")).hasSize(1);
        assertThat(ZaloEvents.replies("u-live")).isEmpty();
        assertThat(Db.column("select state from zalo_inbox where dedupe_key = 'k-live'")).containsExactly("processing");
    }
}
