package vn.motcua.citizen;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.audience.ZaloUserRepository;
import vn.motcua.citizen.CitizenRepository.Citizen;
import vn.motcua.common.Masking;
import vn.motcua.common.PhoneNumbers;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.lookup.ApplicantDossierRepository;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloErrorClass;
import vn.motcua.zalo.outbound.ZaloGraphClient;

import java.time.OffsetDateTime;

/**
 * The Mini App's phone consent: the single-use token of getPhoneNumber() is exchanged server-side (the App
 * Secret never leaves the server), and the number is linked to the citizen and to their OA user, whose
 * notifications read zalo_user.phone. In sandbox mode any token links the demo phone.
 */
@ApplicationScoped
public class PhoneLinking {
    private final ZaloGraphClient graph;
    private final ZaloTokenVerifier verifier;
    private final CitizenRepository citizens;
    private final ZaloUserRepository zaloUsers;
    private final ApplicantDossierRepository dossiers;
    private final ZaloSettings settings;

    public PhoneLinking(ZaloGraphClient graph, ZaloTokenVerifier verifier, CitizenRepository citizens,
                        ZaloUserRepository zaloUsers, ApplicantDossierRepository dossiers, ZaloSettings settings) {
        this.graph = graph;
        this.verifier = verifier;
        this.citizens = citizens;
        this.zaloUsers = zaloUsers;
        this.dossiers = dossiers;
        this.settings = settings;
    }

    public Uni<PhoneLinked> link(Citizen citizen, String phoneToken, String accessToken) {
        if (phoneToken == null || phoneToken.isBlank() || phoneToken.length() > 2048
                || !ZaloTokenVerifier.headerSafe(phoneToken.strip())) {
            return Uni.createFrom().failure(ProblemException.badRequest("Thiếu hoặc sai mã số điện thoại (phoneToken)."));
        }
        Uni<String> number = settings.sandbox() ? Uni.createFrom().item(SignInService.SANDBOX_PHONE)
                : verifier.verify(accessToken).flatMap(profile -> {
                    if (!profile.id().equals(citizen.zaloAppUserId())) {
                        throw CitizenSessions.unauthorized("Mã truy cập Zalo không thuộc người đang đăng nhập.");
                    }
                    return graph.phoneNumber(accessToken.strip(), phoneToken.strip())
                            .onFailure(ZaloApiException.class).transform(e -> classify((ZaloApiException) e));
                });
        OffsetDateTime now = VietnamTime.now();
        return number.map(PhoneLinking::normalised)
                .flatMap(phone -> citizens.linkPhone(citizen.id(), phone, now))
                .call(linked -> linked.oaUserId() == null ? Uni.createFrom().voidItem()
                        : zaloUsers.linkPhone(linked.oaUserId(), linked.phone(), linked.name(), now))
                .flatMap(linked -> dossiers.countByPhone(linked.phone())
                        .map(count -> new PhoneLinked(Masking.maskPhoneEnds(linked.phone()), count)));
    }

    private static String normalised(String zaloNumber) {
        String phone = PhoneNumbers.normaliseOrNull(zaloNumber);
        if (phone == null) {
            Log.warnf("Zalo returned a phone number that is not Vietnamese: %s", Masking.maskPhone(zaloNumber));
            throw ProblemException.unprocessable("Số điện thoại Zalo không phải số di động Việt Nam.");
        }
        return phone;
    }

    /** Unreachable: 503; the user token refused: 401; the phone token refused (used, expired, denied): 400. */
    private static ProblemException classify(ZaloApiException e) {
        if (e.code() == 0 || e.errorClass() == ZaloErrorClass.REFRESH_AND_RETRY) {
            return ZaloTokenVerifier.classify(e);
        }
        Log.infof("Zalo refused a phone token: %s", e.getMessage());
        return new ProblemException(400, "phone-token-refused", "Không lấy được số điện thoại",
                "Mã số điện thoại không hợp lệ hoặc đã hết hạn. Vui lòng cho phép chia sẻ số điện thoại lại.");
    }

    public record PhoneLinked(String maskedPhone, long dossierCount) {
    }
}
