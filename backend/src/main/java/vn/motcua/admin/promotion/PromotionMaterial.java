package vn.motcua.admin.promotion;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.ScopedAgencyStore;
import vn.motcua.common.BaseUrls;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.qr.QrEncoder;
import vn.motcua.web.MiniAppLinks;
import vn.motcua.zalo.ZaloSettings;

import java.util.Base64;

/**
 * What the posters and desk standees carry: the officer's agency, a QR code to follow the Official Account
 * ({@code https://zalo.me/{oaId}}) and one to open the Mini App ({@code https://zalo.me/s/{miniAppId}/}, or the
 * web lookup page {@code {base}/tra-cuu} while no Mini App is configured). The codes are PNGs drawn once: the
 * links only change with the configuration.
 */
@ApplicationScoped
public class PromotionMaterial {
    /** About 220 dpi for the largest printed code (82 mm on an A4 poster); modules stay whole pixels. */
    static final int QR_PIXELS = 720;

    private final ScopedAgencyStore agencies;
    private final QrImage follow;
    private final QrImage lookup;
    private final boolean miniApp;

    public PromotionMaterial(ScopedAgencyStore agencies, ZaloSettings zalo, MiniAppLinks miniAppLinks, MotCuaConfig config, QrEncoder encoder) {
        this.agencies = agencies;
        this.follow = QrImage.of(encoder, "https://zalo.me/" + zalo.oaId());
        this.miniApp = miniAppLinks.home().isPresent();
        this.lookup = QrImage.of(encoder, miniAppLinks.home().orElse(BaseUrls.withoutTrailingSlash(config.publicBaseUrl()) + "/tra-cuu"));
    }

    /** The material for the desk of the agency {@code agencyId}. */
    public Uni<Material> forAgency(long agencyId) {
        return agencies.card(agencyId).map(card -> {
            if (card == null) {
                throw ProblemException.notFound("Không tìm thấy đơn vị", "Đơn vị của tài khoản này không còn tồn tại.");
            }
            return new Material(card.name(), blankToNull(card.hotline()), follow, lookup, miniApp);
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * @param miniApp false while no Mini App is configured: the second code opens the web lookup page
     */
    public record Material(String agencyName, String hotline, QrImage follow, QrImage lookup, boolean miniApp) {
    }

    /** A link, the short form printed under its code, and the code as a PNG data URI. */
    public record QrImage(String url, String shown, String dataUri) {
        static QrImage of(QrEncoder encoder, String url) {
            String png = Base64.getEncoder().encodeToString(encoder.png(url, QR_PIXELS));
            return new QrImage(url, url.replaceFirst("^https?://", ""), "data:image/png;base64," + png);
        }
    }
}
