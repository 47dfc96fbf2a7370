package vn.motcua.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.audience.RecipientStore;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A due-soon reminder is written only for a dossier someone would hear about, by the one rule of who hears
 * (the view dossier_audience, which RecipientStore addresses messages from): the applicant's consented phone,
 * a Zalo user who linked that phone with consent, an active follower; not a follower who turned it off, not a
 * consent without a phone to reach.
 */
@QuarkusTest
class DueSoonAudienceTest {
    static final Class<?> DB = PostgresTest.class;
    /** Monday 7 January 2030: the dossiers are due on Tuesday. */
    static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);

    @Inject
    DueSoonReminders reminders;

    @BeforeEach
    void clean() {
        Db.reset();
        Db.execute("truncate zalo_user, dossier_subscription cascade");
        Db.execute("delete from holiday where day between '2030-01-01' and '2030-01-10'");
    }

    static String code(char which) {
        return "000.00.22.H12-300102-000" + which;
    }

    static String dossier(char which, String phone, boolean consent) {
        return ("{\"code\":\"%s\",\"status\":4,\"receivedAt\":\"2030-01-02T08:00:00+07:00\","
                + "\"dueAt\":\"2030-01-08T17:00:00+07:00\",\"notificationConsent\":%s%s}").formatted(code(which), consent,
                phone == null ? "" : ",\"applicant\":{\"name\":\"Lê Thị Mai\",\"phone\":\"" + phone + "\"}");
    }

    @Test
    void onlyDossiersSomeoneWouldHearAboutAreReminded() {
        Api.postOwn("[" + String.join(",", dossier('A', "0901000001", true), dossier('B', "0901000002", false),
                dossier('C', null, false), dossier('D', null, false), dossier('E', "0901000005", false),
                dossier('F', null, true)) + "]").statusCode(200);
        Db.execute("insert into zalo_user (zalo_user_id, phone, phone_consent_at, followed) "
                + "values ('linked-b', '84901000002', now(), true), ('not-consented-e', '84901000005', null, true), "
                + "('follower-c', null, null, true), ('gone-d', null, null, true)");
        Db.execute("insert into dossier_subscription (dossier_id, zalo_user_id, source, active) "
                + "select id, 'follower-c', 'bot', true from dossier where code = '" + code('C') + "' union all "
                + "select id, 'gone-d', 'bot', false from dossier where code = '" + code('D') + "'");

        assertThat(reminders.remind(MONDAY).await().atMost(Duration.ofSeconds(5))).isEqualTo(3);
        assertThat(Db.column("select d.code from outbox o join dossier d on d.id = o.dossier_id "
                + "where o.kind = 'DUE_SOON' order by d.code")).containsExactly(code('A'), code('B'), code('C'));
    }
}
