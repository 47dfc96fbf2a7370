package vn.motcua.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "0912 345 678", "+84912345678", "84912345678", "091.234.5678",
            "(091) 234-5678", "912345678"})
    void normalisesToTheInternationalForm(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEqualTo("84912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "+1 415 555 0100", "09123456789012"})
    void refusesWhatIsNotAVietnamesePhone(String typed) {
        assertThatThrownBy(() -> PhoneNumbers.normalise(typed)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PhoneNumbers.normaliseOrNull(typed)).isNull();
    }

    @Test
    void blankMeansNotSet() {
        assertThat(PhoneNumbers.normalise("")).isNull();
    }

    @Test
    void officersReadTheNationalFormInGroups() {
        assertThat(PhoneNumbers.display("84912345678")).isEqualTo("0912 345 678");
        assertThat(PhoneNumbers.display("842838123456")).isEqualTo("842838123456");
        assertThat(PhoneNumbers.display(null)).isNull();
    }
}
