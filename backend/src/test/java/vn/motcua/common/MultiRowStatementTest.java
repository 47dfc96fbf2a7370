package vn.motcua.common;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statement text; the writes themselves are shown through intake (PendingRowsTest, SharedTransactionTest). */
class MultiRowStatementTest {

    @Test
    void numbersEveryParameterOfEveryRowInOrder() {
        assertThat(MultiRowStatement.insertStatement("outbox", List.of("dossier_id", "event_id", "kind"),
                "?, (select id from dossier_event where dossier_id = ? and event_key = ?), ?", 2)).isEqualTo(
                "insert into outbox (dossier_id, event_id, kind) values "
                        + "($1, (select id from dossier_event where dossier_id = $2 and event_key = $3), $4), "
                        + "($5, (select id from dossier_event where dossier_id = $6 and event_key = $7), $8)");
    }

    @Test
    void anUpdateSetsTheColumnsOfTheRowsItsFirstValuesName() {
        assertThat(MultiRowStatement.updateStatement("dossier", "id", List.of("status", "note"), List.of(), "",
                "cast(? as bigint), cast(? as smallint), ?", 2)).isEqualTo(
                "update dossier as t set (status, note) = (v.status, v.note) from (values "
                        + "(cast($1 as bigint), cast($2 as smallint), $3), (cast($4 as bigint), cast($5 as smallint), $6)) "
                        + "as v (id, status, note) where t.id = v.id");
    }

    @Test
    void anUpdateCanReadInputsNoColumnTakesAsTheyAre() {
        assertThat(MultiRowStatement.updateStatement("dossier", "id", List.of("status"), List.of("extra"),
                "note = t.note || v.extra", "cast(? as bigint), cast(? as smallint), cast(? as text)", 1)).isEqualTo(
                "update dossier as t set (status) = (v.status), note = t.note || v.extra from (values "
                        + "(cast($1 as bigint), cast($2 as smallint), cast($3 as text))) "
                        + "as v (id, status, extra) where t.id = v.id");
    }

    @Test
    void refusesMoreParametersThanPostgresAccepts() {
        String twelve = String.join(", ", Collections.nCopies(12, "?"));
        List<String> columns = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        assertThat(MultiRowStatement.insertStatement("t", columns, twelve, 5_461)).endsWith("$65532)");
        assertThatThrownBy(() -> MultiRowStatement.insertStatement("t", columns, twelve, 5_462))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535");
    }
}
