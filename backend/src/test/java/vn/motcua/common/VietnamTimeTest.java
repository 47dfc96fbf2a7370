package vn.motcua.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietnamTimeTest {

    @Test
    void parsesNationalDatesInVietnamTime() {
        assertThat(VietnamTime.parseNational("20261120083000"))
                .isEqualTo(OffsetDateTime.parse("2026-11-20T08:30:00+07:00"));
        assertThat(VietnamTime.parseNational("20261120")).isEqualTo(OffsetDateTime.parse("2026-11-20T00:00:00+07:00"));
        assertThat(VietnamTime.parseNational("")).isNull();
        assertThat(VietnamTime.parseNational(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20261340170000", "20260230120000", "20261120250000", "2026-11-20", "abc", "2026112008300"})
    void refusesImpossibleNationalDates(String text) {
        assertThatThrownBy(() -> VietnamTime.parseNational(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isoWithoutOffsetIsVietnamTime() {
        assertThat(VietnamTime.parseIso("2026-11-20T08:30:00")).isEqualTo(OffsetDateTime.parse("2026-11-20T08:30:00+07:00"));
        assertThat(VietnamTime.parseIso("2026-11-20T01:30:00Z").toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-20T08:30:00+07:00").toInstant());
        assertThatThrownBy(() -> VietnamTime.parseIso("next week")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAreShownAtPlusSeven() {
        assertThat(VietnamTime.inVietnam(OffsetDateTime.parse("2026-11-20T01:30:00Z")).toString())
                .isEqualTo("2026-11-20T08:30+07:00");
    }
}
