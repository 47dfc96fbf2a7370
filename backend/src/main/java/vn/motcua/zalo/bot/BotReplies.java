package vn.motcua.zalo.bot;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.BaseUrls;
import vn.motcua.common.Masking;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.lookup.ApplicantDossierRepository.ApplicantDossier;
import vn.motcua.lookup.DossierView;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloButton;
import vn.motcua.zalo.outbound.ZaloMessage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Everything the bot says, in Vietnamese, with the buttons that go with it. */
@ApplicationScoped
public class BotReplies {
    static final String EXAMPLE = "000.00.22.H12-261120-0007";
    /** The chat shows at most this many of a phone's dossiers; the Mini App lists more. */
    static final int MY_DOSSIERS_SHOWN = 10;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ZaloSettings settings;
    private final String baseUrl;

    public BotReplies(ZaloSettings settings, MotCuaConfig config) {
        this.settings = settings;
        this.baseUrl = BaseUrls.withoutTrailingSlash(config.publicBaseUrl());
    }

    public ZaloMessage dossier(String userId, DossierView view) {
        StringBuilder text = new StringBuilder("Hồ sơ ").append(view.code());
        if (view.procedure() != null) {
            text.append("\nThủ tục: ").append(shorten(view.procedure().name(), 300));
        }
        text.append("\nTrạng thái: ").append(view.status().label())
                .append("\nViệc tiếp theo: ").append(view.status().nextStep());
        if (view.dueAt() != null) {
            text.append("\nHạn trả kết quả: ").append(view.dueAt().format(DUE)).append(view.overdue() ? " (đã quá hạn)" : "");
        }
        if (view.agency() != null) {
            text.append("\nCơ quan giải quyết: ").append(shorten(view.agency(), 300));
            if (view.agencyPhone() != null) {
                text.append(" (điện thoại ").append(view.agencyPhone()).append(')');
            }
        }
        return ZaloMessage.text(userId, text.toString(), List.of(
                ZaloButton.openUrl("Xem chi tiết hồ sơ", dossierLink(view.code())),
                ZaloButton.query("Nhận thông báo hồ sơ này", "theo dõi " + view.code())));
    }

    /** The Mini App when the province has one, otherwise the web page of the dossier. */
    public String dossierLink(String code) {
        String encoded = URLEncoder.encode(code, StandardCharsets.UTF_8);
        return settings.miniAppId().map(id -> "https://zalo.me/s/" + id + "/dossier?code=" + encoded)
                .orElse(baseUrl + "/tra-cuu/" + encoded);
    }

    public ZaloMessage notFound(String userId, String code) {
        return ZaloMessage.text(userId, "Không tìm thấy hồ sơ có mã " + shorten(code, 60) + ". Bạn vui lòng kiểm tra "
                + "lại mã trên giấy tiếp nhận hồ sơ (ví dụ " + EXAMPLE + "), hoặc chụp ảnh mã QR trên giấy "
                + "tiếp nhận và gửi vào đây.", List.of(ZaloButton.query("Hướng dẫn", "hướng dẫn")));
    }

    public ZaloMessage askForCode(String userId, String command) {
        return ZaloMessage.text(userId, "Bạn vui lòng gửi kèm mã hồ sơ in trên giấy tiếp nhận, ví dụ: " + command
                + " " + EXAMPLE + ". Bạn cũng có thể chụp ảnh mã QR trên giấy tiếp nhận và gửi vào đây.", List.of());
    }

    /**
     * A follower who has not proved to be the applicant hears the status and dates only (the public view), and is
     * told how to prove it: share the phone number the dossier was filed with.
     */
    public ZaloMessage subscribed(String userId, String code, boolean applicant) {
        String scope = applicant ? " Bạn sẽ nhận tin nhắn khi hồ sơ thay đổi trạng thái, kèm các nội dung dành cho "
                + "người nộp hồ sơ (giấy tờ cần bổ sung, khoản phí, lý do)."
                : " Bạn sẽ nhận tin nhắn khi hồ sơ thay đổi trạng thái và ngày hẹn trả. Giấy tờ cần bổ sung, khoản phí "
                + "và lý do chỉ gửi cho người nộp hồ sơ: nếu bạn là người nộp, nhắn \"hồ sơ của tôi\" và chia sẻ số "
                + "điện thoại đã dùng khi nộp hồ sơ.";
        return ZaloMessage.text(userId, "Đã đăng ký nhận thông báo cho hồ sơ " + code + "." + scope
                + " Hãy giữ quan tâm Official Account để không bỏ lỡ thông báo. Để hủy, nhắn: hủy theo dõi " + code + ".",
                applicant ? List.of() : List.of(ZaloButton.query("Hồ sơ của tôi", "hồ sơ của tôi")));
    }

    public ZaloMessage unsubscribed(String userId, String code, boolean wasActive) {
        return ZaloMessage.text(userId, wasActive
                ? "Đã hủy nhận thông báo cho hồ sơ " + code + ". Bạn vẫn có thể tra cứu hồ sơ bất cứ lúc nào."
                : "Bạn chưa đăng ký nhận thông báo cho hồ sơ " + code + ".", List.of());
    }

    public ZaloMessage consentRequest(String userId) {
        return ZaloMessage.consent(userId, new ZaloMessage.ConsentRequest("Chia sẻ số điện thoại để xem hồ sơ của bạn",
                "Một Cửa dùng số điện thoại bạn chia sẻ chỉ để tìm các hồ sơ bạn đã nộp và gửi thông báo về "
                        + "hồ sơ đó.", consentImage()));
    }

    /**
     * Zalo's SDKs and partners treat {@code image_url} of request_user_info as required: the configured banner, or
     * the one this application serves itself.
     */
    String consentImage() {
        return settings.config().consentImageUrl().map(String::strip).filter(url -> !url.isEmpty())
                .orElse(baseUrl + "/zalo-consent.png");
    }

    public ZaloMessage myDossiers(String userId, String phone, List<ApplicantDossier> dossiers) {
        if (dossiers.isEmpty()) {
            return ZaloMessage.text(userId, "Chưa có hồ sơ nào đăng ký với số điện thoại " + Masking.maskPhone(phone)
                    + ". Nếu bạn nộp hồ sơ bằng số điện thoại khác, hãy nhắn mã hồ sơ để tra cứu.", menuButtons());
        }
        StringBuilder text = new StringBuilder("Các hồ sơ đăng ký với số điện thoại ")
                .append(Masking.maskPhone(phone)).append(':');
        List<ZaloButton> buttons = new ArrayList<>();
        for (int i = 0; i < dossiers.size(); i++) {
            ApplicantDossier d = dossiers.get(i);
            text.append("\n").append(i + 1).append(". ").append(d.code()).append(" – ")
                    .append(DossierStatus.of(d.status()).label());
            if (d.procedureName() != null) {
                text.append(" – ").append(shorten(d.procedureName(), 80));
            }
            if (d.dueAt() != null && !DossierStatus.of(d.status()).isFinal()) {
                text.append(" – hẹn trả ").append(d.dueAt().format(DAY));
            }
            if (buttons.size() < 4) {
                buttons.add(ZaloButton.query("Xem " + d.code(), "tra cứu " + d.code()));
            }
        }
        return ZaloMessage.text(userId, text.toString(), buttons);
    }

    public ZaloMessage invalidPhone(String userId) {
        return ZaloMessage.text(userId, "Số điện thoại bạn chia sẻ không hợp lệ. Bạn vui lòng nhắn mã hồ sơ để tra cứu.",
                List.of());
    }

    public ZaloMessage menu(String userId, String intro) {
        return ZaloMessage.text(userId, intro + "\n\nBạn có thể:\n• Nhắn mã hồ sơ (ví dụ " + EXAMPLE + ") để tra cứu\n"
                + "• Chụp ảnh mã QR trên giấy tiếp nhận và gửi vào đây\n• Nhắn \"theo dõi <mã hồ sơ>\" để nhận "
                + "thông báo, \"hủy theo dõi <mã hồ sơ>\" để ngừng\n• Nhắn \"hồ sơ của tôi\" để xem các hồ sơ "
                + "đã nộp\n• Nhắn \"tin tức\" để xem thông báo mới của tỉnh, \"nhận tin thủ tục\" để nhận tin qua Zalo\n"
                + "Câu hỏi khác sẽ được chuyển đến cán bộ.", menuButtons());
    }

    public ZaloMessage welcome(String userId) {
        return menu(userId, "Chào mừng bạn đến với kênh tra cứu hồ sơ thủ tục hành chính một cửa trên Zalo!");
    }

    public ZaloMessage greeting(String userId) {
        return menu(userId, "Xin chào! Đây là kênh tra cứu hồ sơ thủ tục hành chính một cửa.");
    }

    public ZaloMessage thanks(String userId) {
        return ZaloMessage.text(userId, "Rất vui được hỗ trợ bạn! Nhắn \"hướng dẫn\" khi bạn cần.", List.of());
    }

    public ZaloMessage handedToOfficer(String userId) {
        return ZaloMessage.text(userId, "Cảm ơn bạn đã nhắn tin. Hệ thống tự động chưa trả lời được câu hỏi này, "
                + "nên đã chuyển đến cán bộ bộ phận một cửa. Cán bộ sẽ trả lời bạn trong giờ hành chính.", List.of());
    }

    public ZaloMessage unsupported(String userId) {
        return menu(userId, "Hiện tại hệ thống chỉ đọc được tin nhắn chữ và ảnh chụp mã QR trên giấy tiếp nhận hồ sơ.");
    }

    public ZaloMessage photoUnreadable(String userId, String why) {
        return ZaloMessage.text(userId, why + " Bạn hãy chụp lại cho rõ mã QR ở góc giấy tiếp nhận hồ sơ (đủ sáng, "
                + "không bị lóa, chụp thẳng), hoặc nhắn mã hồ sơ in trên giấy, ví dụ: tra cứu " + EXAMPLE + ".", List.of());
    }

    private List<ZaloButton> menuButtons() {
        List<ZaloButton> buttons = new ArrayList<>(List.of(ZaloButton.query("Tra cứu hồ sơ", "tra cứu"),
                ZaloButton.query("Hồ sơ của tôi", "hồ sơ của tôi")));
        buttons.add(settings.miniAppId().map(id -> ZaloButton.openUrl("Mở Mini App", "https://zalo.me/s/" + id + "/"))
                .orElse(ZaloButton.openUrl("Trang tra cứu", baseUrl + "/tra-cuu")));
        settings.config().hotline().filter(h -> !h.isBlank())
                .ifPresent(hotline -> buttons.add(ZaloButton.phone("Gọi tổng đài " + hotline.strip(), hotline.strip())));
        return buttons;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
