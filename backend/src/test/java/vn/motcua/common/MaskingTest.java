package vn.motcua.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nguyễn Văn An|Nguyễn V** A",
            "Nguyễn Văn Bình|Nguyễn V** B",
            "Trần Thị Ngọc Hà|Trần T** N** H",
            "Lê Đức|Lê Đ",
            "Ánh|Á**",
            "  Phạm   Thị  Lan |Phạm T** L"})
    void keepsTheFamilyNameAndInitialsOnly(String name, String masked) {
        assertThat(Masking.maskName(name)).isEqualTo(masked);
    }

    @Test
    void blankNamesStayEmpty() {
        assertThat(Masking.maskName(" ")).isNull();
        assertThat(Masking.maskName(null)).isNull();
    }

    @Test
    void theOwnerSeesTheFirstAndLastTwoDigits() {
        assertThat(Masking.maskPhoneEnds("84912345678")).isEqualTo("09******78");
        assertThat(Masking.maskPhoneEnds("123")).isNull();
        assertThat(Masking.maskPhoneEnds(null)).isNull();
    }

    @Test
    void phonesShowTheLastThreeDigits() {
        assertThat(Masking.maskPhone("84912345678")).isEqualTo("*******678");
        assertThat(Masking.maskPhone(null)).isNull();
    }
}
