package vn.motcua.notification;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Template parameters are formatted as Zalo checks their declared types (currency a bare integer, dates
 * dd/mm/yyyy, phones at most 15 digits, names and codes 30 characters, counted after NFC) and a value that does
 * not fit is refused as a configuration problem. Until typed parameters existed, values were cut with "…" and
 * amounts sent as "1.250.000 đồng", which Zalo refuses for a currency parameter (-1124).
 */
class TemplateParamsTest {

    static NotificationSettings.TemplateMapping mapping(Map<String, String> params, Map<String, String> types) {
        return new NotificationSettings.TemplateMapping() {
            @Override
            public Optional<String> templateId() {
                return Optional.of("301001");
            }

            @Override
            public Map<String, String> params() {
                return params;
            }

            @Override
            public Map<String, String> paramTypes() {
                return types;
            }
        };
    }

    private static TemplateParams.Param only(TemplateParams params) {
        return params.params().get(0);
    }

    @Test
    void eachVariableHasItsUsualTypeUnlessTheMappingDeclaresOne() {
        TemplateParams params = TemplateParams.of("301001", mapping(Map.of("ma_ho_so", "code", "so_tien", "amount",
                "ngay_hen", "due_date", "lien_he", "hotline", "thu_tuc", "procedure", "noi_nop", "agency"),
                Map.of("thu_tuc", "text:100", "noi_nop", "label")));
        assertThat(params.params()).extracting(p -> p.name() + " " + p.type().code() + " " + p.maxLength())
                .containsExactly("lien_he phone 15", "ma_ho_so code 30", "ngay_hen date 20", "noi_nop label 30",
                        "so_tien currency 12", "thu_tuc text 100");
        assertThat(params.params()).allSatisfy(p -> assertThat(p.problem()).isNull());
    }

    @Test
    void valuesAreFormattedAsZaloChecksThem() {
        TemplateParams params = TemplateParams.of("301001", mapping(Map.of("ma_ho_so", "code", "so_tien", "amount",
                "ngay_hen", "due_date", "lien_he", "hotline", "giay_to", "documents", "ly_do", "reason"), Map.of()));
        Map<String, String> data = params.data(new java.util.HashMap<>(Map.of("code", "000.00.22.H12-261120-0007",
                "amount", new BigDecimal("1250000.00"), "dueDate", "04/12/2026", "hotline", "0252 3822 222",
                "documents", List.of("Bản sao sổ hộ khẩu", "Trích đo địa chính"))));
        assertThat(data).containsEntry("ma_ho_so", "000.00.22.H12-261120-0007").containsEntry("so_tien", "1250000")
                .containsEntry("ngay_hen", "04/12/2026").containsEntry("lien_he", "02523822222")
                .containsEntry("giay_to", "Bản sao sổ hộ khẩu; Trích đo địa chính")
                // Zalo refuses an empty parameter: a text without a value says so
                .containsEntry("ly_do", TemplateParams.NONE);
    }

    @Test
    void aValueThatCannotFitIsAConfigurationProblemNotACut() {
        TemplateParams name = TemplateParams.of("301001", mapping(Map.of("ten", "name"), Map.of()));
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(20);
        assertThat(name.format(only(name), decomposed)).isEqualTo("Nguyễn Thị Ánh Tuyết").hasSize(20);
        assertThatThrownBy(() -> name.format(only(name), "Tôn Nữ Thị Hoàng Phương Thảo Nguyễn"))
                .isInstanceOf(TemplateValueException.class).hasMessageContaining("301001").hasMessageContaining("ten")
                .hasMessageContaining("tối đa 30");
        TemplateParams money = TemplateParams.of("301001", mapping(Map.of("so_tien", "amount"), Map.of()));
        assertThatThrownBy(() -> money.format(only(money), new BigDecimal("1234567890123")))
                .isInstanceOf(TemplateValueException.class).hasMessageContaining("tối đa 12");
        assertThatThrownBy(() -> money.format(only(money), new BigDecimal("-5")))
                .isInstanceOf(TemplateValueException.class).hasMessageContaining("không phải số nguyên dương");
        assertThatThrownBy(() -> money.format(only(money), null)).isInstanceOf(TemplateValueException.class)
                .hasMessageContaining("không có giá trị");
        TemplateParams date = TemplateParams.of("301001", mapping(Map.of("ngay", "due_date"), Map.of()));
        assertThatThrownBy(() -> date.format(only(date), "2026-12-04")).isInstanceOf(TemplateValueException.class)
                .hasMessageContaining("dd/mm/yyyy");
    }

    @Test
    void mistakesInTheDeclarationAreShownNotGuessed() {
        TemplateParams params = TemplateParams.of("301001", mapping(Map.of("a", "code", "b", "procedure", "c", "reason"),
                Map.of("a", "money", "b", "text:500", "c", "text:abc")));
        assertThat(params.params()).extracting(TemplateParams.Param::problem).containsExactly(
                "kiểu \"money\" không có; dùng code", "độ dài 500 vượt giới hạn 200 của kiểu text",
                "độ dài \"abc\" không phải số");
    }
}
