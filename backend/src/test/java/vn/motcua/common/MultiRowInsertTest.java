package vn.motcua.common;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statement text; the writes themselves are shown through intake (PendingRowsTest, SharedTransactionTest). */
class MultiRowInsertTest {

    @Test
    void numbersEveryParameterOfEveryRowInOrder() {
        assertThat(MultiRowInsert.statement("outbox", List.of("dossier_id", "event_id", "kind"),
                "?, (select id from dossier_event where dossier_id = ? and event_key = ?), ?", 2)).isEqualTo(
                "insert into outbox (dossier_id, event_id, kind) values "
                        + "(?1, (select id from dossier_event where dossier_id = ?2 and event_key = ?3), ?4), "
                        + "(?5, (select id from dossier_event where dossier_id = ?6 and event_key = ?7), ?8)");
    }

    @Test
    void refusesMoreParametersThanPostgresAccepts() {
        String twelve = String.join(", ", Collections.nCopies(12, "?"));
        List<String> columns = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        assertThat(MultiRowInsert.statement("t", columns, twelve, 5_461)).endsWith("?65532)");
        assertThatThrownBy(() -> MultiRowInsert.statement("t", columns, twelve, 5_462))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535");
    }
}
