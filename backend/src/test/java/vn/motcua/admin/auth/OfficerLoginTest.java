package vn.motcua.admin.auth;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.support.Db;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login throttles under attack, on the real database: parallel guesses cannot slip under the limit, a lock
 * never extends itself, and a stranger's failures never keep the officer out of their own account.
 */
@QuarkusTest
class OfficerLoginTest {
    private static final String RIGHT = "Đúng@MậtKhẩu1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OfficerLogin login;

    @BeforeEach
    void seed() {
        AdminFixture.seed();
    }

    private OfficerLogin.Success attempt(String user, String password, String client, String device) {
        return login.login(user, password, client, device).await().atMost(WAIT);
    }

    private static long failedLogins(String user) {
        return Db.count("select failed_logins from officer where username = '" + user + "'");
    }

    @Test
    void fortyParallelWrongGuessesHaveAtMostFiveCheckedAndTheAccountLocks() {
        List<OfficerLogin.Success> results = IntStream.range(0, 40).parallel()
                .mapToObj(i -> login.login("canbo", "wrong-" + i, "198.51.100." + i, null))
                .map(uni -> uni.await().atMost(WAIT)).toList();
        assertThat(results).containsOnlyNulls();
        assertThat(failedLogins("canbo")).as("passwords really checked").isEqualTo(5);
        assertThat(attempt("canbo", RIGHT, "203.0.113.9", null)).as("locked for unknown browsers").isNull();
    }

    @Test
    void aTryDuringTheLockNeitherExtendsNorCountsAndAnExpiredLockStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            attempt("canbo", "wrong", "198.51.100.1", null);
        }
        String lockedUntil = Db.column("select locked_until::text from officer where username = 'canbo'").get(0);
        attempt("canbo", "wrong again", "198.51.100.2", null);
        assertThat(Db.column("select locked_until::text from officer where username = 'canbo'").get(0))
                .as("not extended").isEqualTo(lockedUntil);
        // fifteen minutes later: one more wrong try must not lock the account again
        Db.execute("update officer set locked_until = now() - interval '1 second' where username = 'canbo'");
        attempt("canbo", "wrong once", "198.51.100.3", null);
        assertThat(failedLogins("canbo")).isEqualTo(1);
        assertThat(attempt("canbo", RIGHT, "198.51.100.3", null)).isNotNull();
    }

    @Test
    void aBrowserThatSignedInBeforeIsNotLockedOutByAStranger() {
        OfficerLogin.Success first = attempt("canbo", RIGHT, "203.0.113.5", null);
        assertThat(first.deviceToken()).hasSize(43);
        for (int i = 0; i < 10; i++) {
            attempt("canbo", "guess-" + i, "198.51.100.66", null);
        }
        assertThat(attempt("canbo", RIGHT, "198.51.100.67", null)).as("a stranger's browser stays locked out").isNull();
        OfficerLogin.Success again = attempt("canbo", RIGHT, "203.0.113.5", first.deviceToken());
        assertThat(again).as("the officer's own browser gets in").isNotNull();
        assertThat(again.deviceToken()).isEqualTo(first.deviceToken());
        assertThat(again.sessionToken()).isNotEqualTo(first.sessionToken());
    }

    @Test
    void aKnownBrowserHasItsOwnLimit() {
        String device = attempt("canbo", RIGHT, "203.0.113.5", null).deviceToken();
        for (int i = 0; i < 6; i++) {
            attempt("canbo", "wrong-" + i, "203.0.113.5", device);
        }
        assertThat(attempt("canbo", RIGHT, "203.0.113.5", device)).isNull();
        assertThat(failedLogins("canbo")).as("the account itself is not locked by its own browser").isZero();
        assertThat(attempt("canbo", "wrong", "203.0.113.5", "another-officers-device-token-of-43-chars-xy"))
                .as("a device token of nobody is just an unknown browser").isNull();
    }

    @Test
    void oneClientAddressGetsTwentyTriesAcrossAccounts() {
        for (int i = 0; i < 20; i++) {
            attempt(i % 2 == 0 ? "giamsat" : "nobody-" + i, "wrong", "198.51.100.200", null);
        }
        assertThat(attempt("quantri", RIGHT, "198.51.100.200", null)).as("checked no more").isNull();
        assertThat(failedLogins("quantri")).isZero();
        assertThat(attempt("quantri", RIGHT, "198.51.100.201", null)).as("another address is not affected").isNotNull();
    }

    @Test
    void successfulLoginsGiveTheirAttemptBack() {
        for (int i = 0; i < 30; i++) {
            assertThat(attempt("quantri", RIGHT, "198.51.100.250", null)).isNotNull();
        }
    }
}
