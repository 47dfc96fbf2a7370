package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The public timeline (V82's columns) of dossiers a writer updates in the same statement as the entries it is about to
 * insert: the stored arrays with the new entries merged in, in the order the table's refresh trigger sorts them
 * (occurred_at, then id: a new entry, numbered after every stored one, follows stored entries of the same instant).
 * The trigger still checks every dossier whose entries change, but writes the row again only when its arrays differ
 * (V85); written right here, they do not, and the dossier row is written once instead of twice (issue 17).
 */
final class TimelineAppend {
    /** The values each row gives: the new entries' instants, statuses and agencies, as PostgreSQL array text. */
    static final List<String> INPUTS = List.of("new_at", "new_status", "new_agency");
    /** Sent as text (the driver would want typed Java arrays for array parameters), read as arrays. */
    static final String ROW_VALUES = "cast(cast(? as text) as timestamptz[]), cast(cast(? as text) as smallint[]), "
            + "cast(cast(? as text) as varchar[])";
    static final String ASSIGNMENT = "(timeline_at, timeline_status, timeline_agency) = ("
            + "select array_agg(e.at order by e.at, e.later, e.n), array_agg(e.status order by e.at, e.later, e.n), "
            + "array_agg(e.agency order by e.at, e.later, e.n) from ("
            + "select s.at, s.status, s.agency, 0 as later, s.n from unnest(t.timeline_at, t.timeline_status, "
            + "t.timeline_agency) with ordinality as s (at, status, agency, n) union all "
            + "select a.at, a.status, a.agency, 1, a.n from unnest(v.new_at, v.new_status, v.new_agency) "
            + "with ordinality as a (at, status, agency, n)) as e)";

    /** Microseconds, as PostgreSQL keeps them and as the entries' own insert sends them (the rest is cut). */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    private final Map<Long, List<DossierEvent>> byDossier = new HashMap<>();

    /** {@code entries}: the entries to be inserted, in the order they will be (and so numbered). */
    TimelineAppend(List<DossierEvent> entries) {
        for (DossierEvent entry : entries) {
            byDossier.computeIfAbsent(entry.dossierId, id -> new ArrayList<>()).add(entry);
        }
    }

    /** The three inputs of one dossier's row (nulls: no new entry). */
    Object[] inputs(long dossierId) {
        List<DossierEvent> entries = byDossier.get(dossierId);
        if (entries == null) {
            return new Object[]{null, null, null};
        }
        return new Object[]{
                literal(entries, e -> e.occurredAt == null ? null : quoted(instant(e.occurredAt))),
                literal(entries, e -> e.status == null ? null : e.status.toString()),
                literal(entries, e -> e.agencyName == null ? null : quoted(e.agencyName))};
    }

    private static String instant(OffsetDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS).format(INSTANT);
    }

    private static String literal(List<DossierEvent> entries, Function<DossierEvent, String> element) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < entries.size(); i++) {
            String value = element.apply(entries.get(i));
            text.append(i == 0 ? "" : ",").append(value == null ? "NULL" : value);
        }
        return text.append('}').toString();
    }

    /** An array element in double quotes, its quotes and backslashes escaped (PostgreSQL's array text). */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
