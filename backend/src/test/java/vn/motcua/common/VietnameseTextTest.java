package vn.motcua.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsCaseAndSpaces() {
        assertThat(VietnameseText.fold("Cấp giấy chứng nhận  QUYỀN sử dụng Đất")).isEqualTo("cap giay chung nhan quyen su dung dat");
        assertThat(VietnameseText.fold("Đăng ký khai sinh")).isEqualTo("dang ky khai sinh");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }
}
