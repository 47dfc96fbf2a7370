package vn.motcua.dossier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierCodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000.00.22.H12-261120-0007|000.00.22.H12-261120-0007",
            "000.00.22.h12-261120-0007|000.00.22.H12-261120-0007",
            "  000 00 22 H12 261120 0007 |000.00.22.H12-261120-0007",
            "0000022H122611200007|000.00.22.H12-261120-0007",
            "000.00.22.H12 261120 0007|000.00.22.H12-261120-0007",
            "000-00-22-h12-261120-0007|000.00.22.H12-261120-0007",
            "000.17.22.H56-210531-0001|000.17.22.H56-210531-0001",
            "hs-2025-000123|HS-2025-000123",
            "BTH 2026/0042|BTH2026/0042"})
    void normalisesWhatCitizensType(String typed, String stored) {
        assertThat(DossierCode.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "---", "ĐĐ.Ư", "..//"})
    void refusesEmptyCodes(String typed) {
        assertThatThrownBy(() -> DossierCode.normalise(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAbsurdlyLongCodes() {
        assertThatThrownBy(() -> DossierCode.normalise("1".repeat(61))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookupKeyIgnoresSeparators() {
        assertThat(DossierCode.lookupKey("000.00.22.H12-261120-0007")).isEqualTo("0000022H122611200007");
        assertThat(DossierCode.lookupKey("hs-2025-1")).isEqualTo("HS20251");
    }

    @Test
    void agencyPartOfANationalCode() {
        // (the rewrite of an old agency part onto a successor's is gone: old codes resolve only through aliases)
        assertThat(DossierCode.agencyPart("000.00.22.H12-250310-0042")).contains("000.00.22.H12");
        assertThat(DossierCode.agencyPart("HS-2025-1")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000.00.01.H22-250101-12345|000.00.01.H22-250101-12345",
            "000.00.01.h22-250101-123|000.00.01.H22-250101-123",
            "000.00.01.H22-250101-04231|000.00.01.H22-250101-04231",
            "BN-2611200007|BN-2611200007"})
    void aSequenceOfAnotherLengthOrAVendorsCodeIsKeptAsSent(String sent, String stored) {
        assertThat(DossierCode.normalise(sent)).isEqualTo(stored);
    }
}
