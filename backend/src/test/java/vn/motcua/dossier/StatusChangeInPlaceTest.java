package vn.motcua.dossier;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A status change intake applies is written in place: a heap-only (HOT) update, no entry added to any of dossier's
 * indexes (V86, issue 17). Read off the page itself (pageinspect), not off the statistics, which other backends
 * report seconds late.
 */
@QuarkusTest
class StatusChangeInPlaceTest {
    static final Class<?> DB = PostgresTest.class;
    static final String CODE = "000.00.22.H12-261204-0102";
    /** t_infomask2 bit of a heap-only version: reached from the version before it, not from any index. */
    static final int HEAP_ONLY_TUPLE = 0x8000;
    /** What a status change writes: none of these may be in an index's columns, expressions or condition. */
    static final List<String> WRITTEN_BY_A_STATUS_CHANGE = List.of("status", "source_status", "status_event_at",
            "finished_at", "returned_at", "note", "version", "updated_at", "timeline_at", "timeline_status",
            "timeline_agency");

    @BeforeEach
    void reset() {
        Db.reset();
        Db.execute("create extension if not exists pageinspect");
    }

    private static String record(int status, String eventTime) {
        return ("{\"code\":\"%s\",\"status\":%d,\"eventTime\":\"%s\",\"agencyCode\":\"000.00.22.H12\","
                + "\"agencyName\":\"UBND huyện Hàm Thuận Bắc\",\"dueAt\":\"2026-12-20T17:00:00+07:00\"}")
                .formatted(CODE, status, eventTime);
    }

    /** The row's place, "(block,offset)". */
    private static String place() {
        return Db.column("select ctid::text from dossier where code = '" + CODE + "'").get(0);
    }

    /**
     * The t_infomask2 of each newer version of the row, following the update chain from a place on its page: a
     * transaction may write the row more than once, and each write must be looked at.
     */
    private static List<Integer> newerVersions(String place) {
        String[] parts = place.replaceAll("[()]", "").split(",");
        Map<Integer, String[]> lines = new HashMap<>();
        for (String line : Db.column("select lp || ' ' || coalesce(t_ctid::text, '') || ' ' || coalesce(t_infomask2, 0) "
                + "from heap_page_items(get_raw_page('dossier', " + parts[0] + "))")) {
            String[] f = line.split(" ");
            lines.put(Integer.parseInt(f[0]), f);
        }
        List<Integer> versions = new ArrayList<>();
        for (int lp = Integer.parseInt(parts[1]); ; ) {
            String[] next = lines.get(lp)[1].replaceAll("[()]", "").split(",");
            int nextLp = Integer.parseInt(next[1]);
            if (!next[0].equals(parts[0])) { // moved to another page: never heap-only, its mask is not read
                versions.add(0);
                return versions;
            }
            if (nextLp == lp) {
                return versions;
            }
            lp = nextLp;
            versions.add(Integer.parseInt(lines.get(lp)[2]));
        }
    }

    @Test
    void aStatusChangeIsAHeapOnlyUpdateOnTheSamePage() {
        Api.postOwn("[" + record(2, "2026-12-04T09:00:00+07:00") + "]").statusCode(200)
                .body("results[0].outcome", equalTo("created"));
        String before = place();

        Api.postOwn("[" + record(4, "2026-12-04T10:00:00+07:00") + "]").statusCode(200)
                .body("results[0].outcome", equalTo("updated"));

        List<Integer> versions = newerVersions(before);
        assertThat(versions).as("the row was written").isNotEmpty();
        assertThat(versions).as("every version the status change wrote is heap-only")
                .allMatch(mask -> (mask & HEAP_ONLY_TUPLE) != 0);
        Api.lookup(CODE).statusCode(200).body("status.code", equalTo(4));
    }

    @Test
    void aDueDateChangeStillReachesTheIndexes() { // the control: the test above can tell the two apart
        Api.postOwn("[" + record(2, "2026-12-04T09:00:00+07:00") + "]").statusCode(200);
        String before = place();

        Api.postOwn("[" + record(4, "2026-12-04T10:00:00+07:00").replace("2026-12-20", "2026-12-27") + "]")
                .statusCode(200).body("results[0].outcome", equalTo("updated"));

        assertThat(newerVersions(before)).as("a version with its own index entries")
                .anyMatch(mask -> (mask & HEAP_ONLY_TUPLE) == 0);
    }

    @Test
    void noIndexOfDossierCoversAColumnAStatusChangeWrites() {
        // every column an index uses, as a key, inside an expression or in its condition, is a dependency of it
        List<String> indexed = Db.column("select distinct a.attname from pg_index i join pg_depend d "
                + "on d.classid = 'pg_class'::regclass and d.objid = i.indexrelid and d.refobjid = i.indrelid "
                + "and d.refobjsubid > 0 join pg_attribute a on a.attrelid = i.indrelid and a.attnum = d.refobjsubid "
                + "where i.indrelid = 'dossier'::regclass union select a.attname from pg_index i join pg_attribute a "
                + "on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where i.indrelid = 'dossier'::regclass");

        assertThat(indexed).contains("id", "code", "agency_id", "due_at", "applicant_name");
        assertThat(indexed).doesNotContainAnyElementsOf(WRITTEN_BY_A_STATUS_CHANGE);
    }
}
