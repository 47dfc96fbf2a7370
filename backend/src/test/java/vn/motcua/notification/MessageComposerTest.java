package vn.motcua.notification;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** Template parameters respect Zalo's length limits, counted on NFC code points. */
class MessageComposerTest {

    @Test
    void longValuesAreCutWithAnEllipsisAndShortOnesKept() {
        assertThat(MessageComposer.cut("000.00.22.H12-261120-0007", 30)).isEqualTo("000.00.22.H12-261120-0007");
        String cut = MessageComposer.cut("Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở", 30);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(30);
        assertThat(cut).endsWith("…").startsWith("Cấp giấy chứng nhận");
    }

    @Test
    void decomposedVietnameseIsCountedAfterNormalisation() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(20);
        assertThat(MessageComposer.cut(decomposed, 20)).isEqualTo("Nguyễn Thị Ánh Tuyết");
    }
}
