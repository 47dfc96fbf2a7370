package vn.motcua.zalo.bot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.motcua.zalo.bot.Intent.*;

/** Messages as citizens really type them, and what the bot must understand from each. */
class IntentParserTest {
    private static final String C1 = "000.00.22.H12-261120-0007";
    private static final String C2 = "000.17.22.H56-210531-0001";
    private static final String C3 = "000.00.14.H56-200203-0118";
    private final IntentParser parser = new IntentParser();

    static Stream<Arguments> messages() {
        return Stream.of(
                // a code alone or with a lookup word, in every typing style
                row("000.00.22.H12-261120-0007", LOOKUP, C1),
                row("tra cứu 000.00.22.H12-261120-0007", LOOKUP, C1),
                row("TRA CỨU 000.00.22.H12-261120-0007", LOOKUP, C1),
                row("tracuu 000.00.22.h12-261120-0007", LOOKUP, C1),
                row("tc 000 00 22 h12 261120 0007", LOOKUP, C1),
                row("TC 0000022H122611200007", LOOKUP, C1),
                row("kiểm tra hồ sơ 000.00.22.H12-261120-0007", LOOKUP, C1),
                row("kiem tra ho so 000.00.22.H12 261120 0007 giup em", LOOKUP, C1),
                row("Cho em hỏi hồ sơ 000.00.22.H12-261120-0007 đến đâu rồi ạ", LOOKUP, C1),
                row("cho em hoi ho so 000.00.22.h12-261120-0007 den dau roi a", LOOKUP, C1),
                row("Hồ sơ số 000.17.22.H56-210531-0001 của tôi đã có kết quả chưa?", LOOKUP, C2),
                row("ad ơi hs 000.00.14.H56-200203-0118 sao lâu vậy", LOOKUP, C3),
                row("tra cuu ho so: 000-00-22-H12-261120-0007", LOOKUP, C1),
                row("tra cuuu 000.00.22.H12-261120-0007", LOOKUP, C1),
                row("tracứu000.00.22.H12-261120-0007", LOOKUP, C1),
                row("mã hồ sơ 000.00.22.H12-261120-0007 ạ", LOOKUP, C1),
                row("Dạ em chào anh chị, em muốn hỏi hồ sơ 000.00.22.H12-261120-0007 ạ, em cảm ơn", LOOKUP, C1),
                row("Hồ sơ đăng ký đất đai 000.00.22.H12-261120-0007 đến đâu rồi", LOOKUP, C1),
                row("000.00.22.H12-261120-0007 và 000.17.22.H56-210531-0001", LOOKUP, C1, C2),
                row("tra cứu 000.00.22.H12-261120-0007, 000.17.22.H56-210531-0001, 000.00.14.H56-200203-0118",
                        LOOKUP, C1, C2, C3),
                row("000.00.22.H12-261120-0007 000.00.22.H12-261120-0007", LOOKUP, C1),
                row("TRACUU HS-2025-000123", LOOKUP, "HS-2025-000123"),
                row("tra cứu hs-2025-000123 giúp em", LOOKUP, "HS-2025-000123"),
                row("Hồ sơ HS2025-000123 của em", LOOKUP, "HS2025-000123"),
                row("kiem tra 000.00.22.H12-261120-0007 nhe", LOOKUP, C1),
                // subscribe and unsubscribe
                row("theo dõi 000.00.22.H12-261120-0007", SUBSCRIBE, C1),
                row("theo doi 000.00.22.H12-261120-0007", SUBSCRIBE, C1),
                row("THEO DÕI 000 00 22 H12 261120 0007", SUBSCRIBE, C1),
                row("theodoi 000.00.22.H12-261120-0007", SUBSCRIBE, C1),
                row("theo doii 000.00.22.H12-261120-0007", SUBSCRIBE, C1),
                row("đăng ký 000.00.22.H12-261120-0007", SUBSCRIBE, C1),
                row("dang ky nhan tin ho so 000.00.22.H12-261120-0007", SUBSCRIBE, C1),
                row("Cho em theo dõi hồ sơ 000.00.22.H12-261120-0007 với ạ", SUBSCRIBE, C1),
                row("báo cho tôi khi hồ sơ 000.00.22.H12-261120-0007 có kết quả", SUBSCRIBE, C1),
                row("td 000.00.22.H12-261120-0007", SUBSCRIBE, C1),
                row("theo dõi", SUBSCRIBE),
                row("hủy theo dõi 000.00.22.H12-261120-0007", UNSUBSCRIBE, C1),
                row("huy theo doi 000.00.22.H12-261120-0007", UNSUBSCRIBE, C1),
                row("Hủy 000.00.22.H12-261120-0007", UNSUBSCRIBE, C1),
                row("huỷ theo dõi hồ sơ 000.00.22.H12-261120-0007 giúp em", UNSUBSCRIBE, C1),
                row("ngừng theo dõi 000.00.22.H12-261120-0007", UNSUBSCRIBE, C1),
                row("hủy đăng ký 000.00.22.H12-261120-0007", UNSUBSCRIBE, C1),
                row("huy theo doi", UNSUBSCRIBE),
                row("bỏ theo dõi 000.17.22.H56-210531-0001 và 000.00.14.H56-200203-0118", UNSUBSCRIBE, C2, C3),
                // my dossiers
                row("hồ sơ của tôi", MY_DOSSIERS),
                row("Ho so cua toi", MY_DOSSIERS),
                row("HỒ SƠ CỦA TÔI", MY_DOSSIERS),
                row("cho em xem hồ sơ của em với", MY_DOSSIERS),
                row("danh sách hồ sơ", MY_DOSSIERS),
                row("hs cua toi", MY_DOSSIERS),
                row("ho so cua toii", MY_DOSSIERS),
                // menu and help
                row("hướng dẫn", MENU),
                row("huong dan", MENU),
                row("Menu", MENU),
                row("help", MENU),
                row("trợ giúp", MENU),
                row("huong dn", MENU),
                row("?", MENU),
                row("   ", MENU),
                row("hướng dẫn sử dụng", MENU),
                // greetings and thanks
                row("xin chào", GREETING),
                row("Chào ad", GREETING),
                row("alo", GREETING),
                row("hello", GREETING),
                row("Dạ chào anh chị ạ", GREETING),
                row("cảm ơn", THANKS),
                row("Cảm ơn nhiều ạ", THANKS),
                row("thanks", THANKS),
                row("cam on ad nhe", THANKS),
                // bare lookup word: the bot asks for the code
                row("tra cứu", LOOKUP),
                row("tra cuu ho so", LOOKUP),
                // questions and nonsense: an officer answers
                row("Làm sổ đỏ cần những giấy tờ gì?", HUMAN),
                row("đăng ký kết hôn cần mang gì ạ", HUMAN),
                row("Chào ad, cho em hỏi thủ tục cấp lại căn cước ở đâu ạ", HUMAN),
                row("tại sao hồ sơ của tôi bị trả về mà không ai gọi điện báo vậy", HUMAN),
                row("asdfgh", HUMAN),
                row("😀😀", MENU),
                row("sdt của bộ phận một cửa là bao nhiêu", HUMAN),
                row("tra cứu thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ", HUMAN),
                row("tôi muốn khiếu nại cán bộ tiếp nhận", HUMAN),
                row("ngày 12/11/2026 tôi nộp hồ sơ mà chưa thấy gì, số điện thoại 0912345678", HUMAN),
                row("cho gặp cán bộ", HUMAN),
                // news from the province (the admin's announcements)
                row("tin tức", NEWS),
                row("tin tuc", NEWS),
                row("Tin tức doanh nghiệp", NEWS),
                row("cho em xem tin tuc thu tuc hanh chinh a", NEWS),
                row("có thông báo mới gì không ạ", NEWS),
                row("bản tin hỗ trợ đầu tư", NEWS),
                row("tinn tuc", NEWS),
                row("tin tức về việc cấp đổi sổ đỏ ở xã tôi bao giờ có kết quả", HUMAN),
                row("hủy thông báo", UNSUBSCRIBE),
                // news pushed on Zalo only to those who ask for it, by category
                row("nhận tin thủ tục", NEWS_OPT_IN),
                row("Đăng ký nhận tin doanh nghiệp", NEWS_OPT_IN),
                row("nhan tin", NEWS_OPT_IN),
                row("cho em nhận bản tin hỗ trợ đầu tư với ạ", NEWS_OPT_IN),
                row("nhận thông báo thủ tục hành chính", NEWS_OPT_IN),
                row("hủy nhận tin thủ tục", NEWS_OPT_OUT),
                row("ngừng nhận tin", NEWS_OPT_OUT),
                row("tắt bản tin doanh nghiệp", NEWS_OPT_OUT),
                row("em đã nhắn tin cho ad mà không ai trả lời", HUMAN),
                row("hủy", HUMAN),
                row("hủy nhận tin hồ sơ 000.00.22.H12-261120-0007", UNSUBSCRIBE, C1)
        );
    }

    private static Arguments row(String message, Intent intent, String... codes) {
        return arguments(message, intent, Arrays.asList(codes));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("messages")
    void understandsCitizenMessages(String message, Intent intent, List<String> codes) {
        ParsedMessage parsed = parser.parse(message);
        assertThat(parsed.intent()).as("intent of \"%s\"", message).isEqualTo(intent);
        assertThat(parsed.codes()).as("codes of \"%s\"", message).containsExactlyElementsOf(codes);
    }

    @Test
    void newsMessagesNameTheirCategory() {
        assertThat(parser.newsCategory("tin tức doanh nghiệp")).isEqualTo(vn.motcua.announcement.AnnouncementCategory.BUSINESS);
        assertThat(parser.newsCategory("ban tin ho tro dau tu")).isEqualTo(vn.motcua.announcement.AnnouncementCategory.BUSINESS);
        assertThat(parser.newsCategory("Tin tức thủ tục hành chính")).isEqualTo(vn.motcua.announcement.AnnouncementCategory.PROCEDURES);
        assertThat(parser.newsCategory("thông báo chung")).isEqualTo(vn.motcua.announcement.AnnouncementCategory.GENERAL);
        assertThat(parser.newsCategory("tin tức")).isNull();
    }

    @Test
    void theTableCoversEveryIntentWithEnoughMessages() {
        List<Arguments> rows = messages().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows.stream().map(r -> r.get()[1]).distinct()).containsExactlyInAnyOrder((Object[]) Intent.values());
    }
}
