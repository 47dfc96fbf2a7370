package vn.motcua.citizen;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.audience.ZaloUserRepository;
import vn.motcua.citizen.CitizenRepository.Citizen;
import vn.motcua.common.Masking;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.config.MotCuaConfig;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloGraphClient.ZaloProfile;
import vn.motcua.zalo.outbound.ZaloUserDetails;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * Mini App sign-in: a Zalo user token checked with Zalo becomes a citizen row and our session token. The OA
 * id the Mini App claims (getUserInfo().idByOA) is only kept once Zalo confirms it belongs to the same user.
 */
@ApplicationScoped
public class SignInService {
    /** The sandbox's demo citizen: the chat simulator's user, owner of demo dossier 000.00.22.H12-261120-0007. */
    static final String SANDBOX_APP_USER = "sandbox-citizen";
    static final String SANDBOX_OA_USER = "nguoi-dan-demo";
    static final String SANDBOX_NAME = "Nguyễn Văn An";
    static final String SANDBOX_PHONE = "84912345678";
    private static final Pattern OA_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final ZaloTokenVerifier verifier;
    private final CitizenRepository citizens;
    private final CitizenSessions sessions;
    private final ZaloUserDetails userDetails;
    private final ZaloUserRepository zaloUsers;
    private final ZaloSettings settings;
    private final boolean strict;

    public SignInService(ZaloTokenVerifier verifier, CitizenRepository citizens, CitizenSessions sessions,
                         ZaloUserDetails userDetails, ZaloUserRepository zaloUsers, ZaloSettings settings,
                         MotCuaConfig config) {
        this.verifier = verifier;
        this.citizens = citizens;
        this.sessions = sessions;
        this.userDetails = userDetails;
        this.zaloUsers = zaloUsers;
        this.settings = settings;
        this.strict = config.strict();
    }

    public Uni<SessionAnswer> signIn(String accessToken, String claimedOaUserId) {
        String claimed = claimedOaUserId == null || claimedOaUserId.isBlank() ? null : claimedOaUserId.strip();
        if (claimed != null && !OA_ID.matcher(claimed).matches()) {
            return Uni.createFrom().failure(ProblemException.badRequest("oaUserId không hợp lệ."));
        }
        return verifier.verify(accessToken)
                .flatMap(profile -> confirmedOaId(profile, claimed)
                        .flatMap(oaId -> citizens.signIn(profile.id(), profile.name(), oaId)))
                .map(this::answer);
    }

    /** Signs in the demo citizen with the demo phone linked; only in sandbox mode, never in production. */
    public Uni<SessionAnswer> signInSandbox() {
        if (!settings.sandbox() || strict) {
            return Uni.createFrom().failure(ProblemException.notFound("Không tìm thấy",
                    "The sandbox sign-in is off (zalo.mode=live or the production profile)."));
        }
        OffsetDateTime now = VietnamTime.now();
        return citizens.signIn(SANDBOX_APP_USER, SANDBOX_NAME, SANDBOX_OA_USER)
                .flatMap(c -> c.phoneLinked() ? Uni.createFrom().item(c) : citizens.linkPhone(c.id(), SANDBOX_PHONE, now))
                .call(linked -> zaloUsers.linkPhone(SANDBOX_OA_USER, SANDBOX_PHONE, SANDBOX_NAME, now))
                .map(this::answer);
    }

    private Uni<String> confirmedOaId(ZaloProfile profile, String claimed) {
        if (claimed == null) {
            return Uni.createFrom().nullItem();
        }
        if (settings.sandbox()) {
            return Uni.createFrom().item(claimed);
        }
        return citizens.knownOaUserId(profile.id()).flatMap(known -> claimed.equals(known)
                ? Uni.createFrom().item(claimed)
                : userDetails.detail(claimed).map(detail -> {
                    if (profile.id().equals(detail.userIdByApp())) {
                        return claimed;
                    }
                    Log.warnf("Mini App sign-in: OA user %s is not Zalo app user %s; OA id not linked", claimed, profile.id());
                    return (String) null;
                }).onFailure().recoverWithItem(e -> {
                    Log.warnf("Mini App sign-in: could not confirm OA user %s (%s); OA id not linked", claimed, e.getMessage());
                    return null;
                }));
    }

    SessionAnswer answer(Citizen citizen) {
        CitizenSessions.Session session = sessions.issue(citizen.id());
        return new SessionAnswer(session.token(), session.expiresAt().atOffset(VietnamTime.OFFSET), view(citizen));
    }

    static CitizenView view(Citizen citizen) {
        return new CitizenView(citizen.name(), citizen.phoneLinked(),
                citizen.phoneLinked() ? Masking.maskPhoneEnds(citizen.phone()) : null, citizen.oaUserId());
    }

    public record SessionAnswer(String sessionToken, OffsetDateTime expiresAt, CitizenView citizen) {
    }

    public record CitizenView(String name, boolean phoneLinked, String maskedPhone, String oaUserId) {
    }
}
