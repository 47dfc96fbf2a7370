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

    @Test
    void mobileNumbersInsideAnyTextAreMaskedAndNothingElse() {
        assertThat(Masking.maskPhonesIn("Gọi 0912345678 hoặc +84987654321, hồ sơ 000.00.22.H12-261120-0007"))
                .isEqualTo("Gọi *******678 hoặc *******321, hồ sơ 000.00.22.H12-261120-0007");
        assertThat(Masking.maskPhonesIn("{\"phone\":\"84912345678\"}")).isEqualTo("{\"phone\":\"*******678\"}");
        // landlines (the agency's hotline), longer digit runs and ids that merely contain the digits stay
        assertThat(Masking.maskPhonesIn("Tổng đài 02523822222, mã 109123456789, mc0912345678ab"))
                .isEqualTo("Tổng đài 02523822222, mã 109123456789, mc0912345678ab");
        assertThat(Masking.maskPhonesIn(null)).isNull();
    }
}
