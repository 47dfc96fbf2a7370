package vn.motcua.citizen;

import org.junit.jupiter.api.Test;
import vn.motcua.common.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Session tokens: signed, expiring, keys rotating by id. */
class CitizenSessionsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    private static CitizenSessions at(Instant now, String currentKey) {
        return new CitizenSessions(Map.of("k1", "key-one-0123456789", "k2", "key-two-0123456789"), currentKey,
                Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static int refused(CitizenSessions sessions, String header) {
        return catchThrowableOfType(ProblemException.class, () -> sessions.citizenOf(header)).status();
    }

    @Test
    void aTokenIsValidUntilItExpires() {
        CitizenSessions.Session session = at(NOW, "k1").issue(42);
        assertThat(session.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(at(NOW.plus(Duration.ofHours(11)), "k1").citizenOf("Bearer " + session.token())).isEqualTo(42);
        assertThat(at(NOW.plus(Duration.ofHours(11)), "k1").citizenOf("bearer  " + session.token())).isEqualTo(42);
        assertThat(refused(at(NOW.plus(Duration.ofHours(12)), "k1"), "Bearer " + session.token())).isEqualTo(401);
    }

    @Test
    void oldKeysKeepVerifyingAndForgeriesAreRefused() {
        String old = at(NOW, "k1").issue(7).token();
        assertThat(at(NOW, "k2").citizenOf("Bearer " + old)).isEqualTo(7);
        String other = old.replaceFirst("^k1\\.7\\.", "k1.8.");
        assertThat(refused(at(NOW, "k1"), "Bearer " + other)).isEqualTo(401);
        assertThat(refused(at(NOW, "k1"), "Bearer " + old.replaceFirst("^k1", "k9"))).isEqualTo(401);
        assertThat(refused(at(NOW, "k1"), null)).isEqualTo(401);
        assertThat(refused(at(NOW, "k1"), "Basic abc")).isEqualTo(401);
        assertThat(refused(at(NOW, "k1"), "Bearer " + "x".repeat(5000))).isEqualTo(401);
        assertThat(refused(at(NOW, "k1"), "Bearer k1.99999999999999999999.1.AAAAAAAAAAAAAAAAAAAAAAAA")).isEqualTo(401);
    }
}
