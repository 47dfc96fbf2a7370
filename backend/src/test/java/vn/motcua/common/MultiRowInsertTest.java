package vn.motcua.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statement text; the writes themselves are shown through intake (PendingRowsTest, SharedTransactionTest). */
class MultiRowInsertTest {

    @Test
    void numbersEveryValueOfEveryRowInOrder() {
        assertThat(MultiRowInsert.statement("outbox", List.of("dossier_id", "kind"), 3)).isEqualTo(
                "insert into outbox (dossier_id, kind) values (?1, ?2), (?3, ?4), (?5, ?6) returning id");
    }

    @Test
    void refusesMoreParametersThanPostgresAccepts() {
        List<String> twelve = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        assertThat(MultiRowInsert.statement("t", twelve, 5_461)).endsWith("?65532) returning id");
        assertThatThrownBy(() -> MultiRowInsert.statement("t", twelve, 5_462))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535");
    }
}
