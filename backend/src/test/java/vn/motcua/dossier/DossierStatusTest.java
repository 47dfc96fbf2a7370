package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierStatusTest {

    @ParameterizedTest
    @CsvSource({"1,Mới đăng ký", "2,Được tiếp nhận", "3,Không được tiếp nhận", "4,Đang xử lý",
            "5,Yêu cầu bổ sung giấy tờ", "6,Yêu cầu thực hiện nghĩa vụ tài chính", "7,Công dân yêu cầu rút hồ sơ",
            "8,Dừng xử lý", "9,Đã xử lý xong", "10,Đã trả kết quả"})
    void mapsEveryNationalCodeToItsLabel(int code, String label) {
        DossierStatus status = DossierStatus.of(code);
        assertThat(status.code()).isEqualTo(code);
        assertThat(status.label()).isEqualTo(label);
        assertThat(status.nextStep(ResultDelivery.DESK)).endsWith(".");
    }

    @Test
    void unknownCodesAreRefused() {
        assertThat(DossierStatus.fromCode(0)).isEmpty();
        assertThat(DossierStatus.fromCode(11)).isEmpty();
        assertThatThrownBy(() -> DossierStatus.of(42)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultReadyTellsPostalApplicantsToWait() {
        assertThat(DossierStatus.RESULT_READY.nextStep(ResultDelivery.DESK)).contains("bộ phận một cửa");
        assertThat(DossierStatus.RESULT_READY.nextStep(ResultDelivery.POST)).contains("bưu chính");
    }

    @Test
    void finalAndProcessingEndStatesFollowDecision766() {
        assertThat(DossierStatus.RETURNED.isFinal()).isTrue();
        assertThat(DossierStatus.RESULT_READY.isFinal()).isFalse();
        assertThat(DossierStatus.RESULT_READY.endsProcessing()).isTrue();
        assertThat(DossierStatus.SUPPLEMENT_REQUIRED.endsProcessing()).isFalse();
    }
}
