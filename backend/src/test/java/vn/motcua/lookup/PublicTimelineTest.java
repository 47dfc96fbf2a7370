package vn.motcua.lookup;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The lookup reads the timeline from the dossier row (migration V82): whoever writes dossier_event, and however,
 * the lookup shows the events as they are, in time order.
 */
@QuarkusTest
class PublicTimelineTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261120-0031";
    static final String OTHER = "000.00.22.H12-261120-0032";

    @BeforeEach
    void seed() {
        Db.reset();
        Api.postDvcqg(Api.dvcqgDossier(CODE, "2", "20261204170000")).statusCode(200);
        Api.postDvcqg(Api.dvcqgDossier(OTHER, "2", "20261204170000")).statusCode(200);
    }

    @Test
    void eventsWrittenThroughIntakeAppearInTimeOrder() {
        Api.lookup(CODE).statusCode(200).body("timeline.statusCode", contains(2));
        // a later step, then an earlier one sent late (a sender's back-fill)
        Api.postDvcqg(Api.progress(CODE, "20261125100000", "4", "Trình lãnh đạo ký")).statusCode(200);
        Api.postDvcqg(Api.progress(CODE, "20261122100000", "", "Thẩm định hồ sơ")).statusCode(200);

        List<String> inTimeOrder = Db.column("select coalesce(e.status::text, 'null') from dossier_event e"
                + " join dossier d on d.id = e.dossier_id where d.code = '" + CODE + "' order by e.occurred_at, e.id");
        assertThat(inTimeOrder).hasSize(3).containsExactly("2", "null", "4");
        Api.lookup(CODE).statusCode(200).body("timeline.statusCode", contains(2, null, 4))
                .body("timeline.statusLabel[1]", equalTo("Cập nhật tiến độ"));
    }

    @Test
    void eventsChangedMovedOrDeletedInTheDatabaseAreShownAsTheyAre() {
        Db.execute("""
                insert into dossier_event (dossier_id, event_key, status, agency_name, occurred_at, applied)
                select id, k, s, 'UBND xã Hàm Hiệp', t::timestamptz, true from dossier,
                       (values ('a', 4, '2026-11-21 09:00+07'), ('b', 9, '2026-11-20 10:00+07')) v(k, s, t)
                 where code = '%s'""".formatted(CODE));
        Api.lookup(CODE).statusCode(200).body("timeline.statusCode", contains(2, 9, 4))
                .body("timeline.agency[1]", equalTo("UBND xã Hàm Hiệp"));

        Db.execute("update dossier_event set agency_name = 'UBND phường Phú Thủy' where event_key = 'a'");
        Api.lookup(CODE).statusCode(200).body("timeline.agency[2]", equalTo("UBND phường Phú Thủy"));

        // an event moved to another dossier leaves the first one's timeline
        Db.execute("update dossier_event set dossier_id = (select id from dossier where code = '%s') where event_key = 'b'"
                .formatted(OTHER));
        Api.lookup(CODE).statusCode(200).body("timeline.statusCode", contains(2, 4));
        Api.lookup(OTHER).statusCode(200).body("timeline.statusCode", contains(2, 9));

        Db.execute("delete from dossier_event where dossier_id = (select id from dossier where code = '%s')".formatted(CODE));
        Api.lookup(CODE).statusCode(200).body("timeline", empty());
    }
}
