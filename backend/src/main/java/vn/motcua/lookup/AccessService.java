package vn.motcua.lookup;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.Hashing;
import vn.motcua.common.PhoneNumbers;
import vn.motcua.common.RateLimiter;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.DossierCode;
import vn.motcua.intake.IdNumberHasher;

import java.time.Clock;

/**
 * Gives an access token to whoever proves to be the applicant (full id number or phone number). Guessing
 * is hopeless: few tries per client a minute (this instance), then the shared budgets of {@link AccessThrottleStore}
 * (per client, then per dossier with its slow lane), reserved before the proof is looked at, and the same answer
 * whether the dossier exists or not.
 */
@ApplicationScoped
public class AccessService {
    private final LookupRepository lookups;
    private final DetailRepository details;
    private final AccessThrottleStore throttle;
    private final AccessTokens tokens;
    private final IdNumberHasher idHasher;
    private final RateLimiter perClient;

    public AccessService(LookupRepository lookups, DetailRepository details, AccessThrottleStore throttle,
                         AccessTokens tokens, IdNumberHasher idHasher, LookupSettings lookup) {
        this.lookups = lookups;
        this.details = details;
        this.throttle = throttle;
        this.tokens = tokens;
        this.idHasher = idHasher;
        this.perClient = new RateLimiter(lookup.accessMaxAttemptsPerClient(), Clock.systemUTC());
    }

    public Uni<String> requestAccess(String rawCode, String idNumber, String phone, String client) {
        long wait = perClient.acquire(client);
        if (wait > 0) {
            return Uni.createFrom().failure(ProblemException.tooManyRequests(wait));
        }
        if ((idNumber == null || idNumber.isBlank()) && (phone == null || phone.isBlank())) {
            return Uni.createFrom().failure(ProblemException.badRequest(
                    "Vui lòng nhập số định danh cá nhân (CCCD) hoặc số điện thoại của người nộp hồ sơ."));
        }
        String code;
        try {
            code = DossierCode.normalise(rawCode);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(mismatch());
        }
        return throttle.reserve(DossierCode.lookupKey(code), client).flatMap(reservation -> {
            if (!reservation.granted()) {
                throw ProblemException.tooManyRequests(reservation.retryAfterSeconds());
            }
            return lookups.find(code).flatMap(row -> {
                Uni<Boolean> proven = row == null ? Uni.createFrom().item(false)
                        : details.proof(row.id()).map(proof -> matches(proof, idNumber, phone));
                return proven.flatMap(ok -> {
                    if (!ok) {
                        // the reservation stays: it is this failure's count
                        throw mismatch();
                    }
                    return throttle.release(reservation).map(x -> tokens.issue(row.code(), row.tokenGeneration()));
                });
            });
        });
    }

    private boolean matches(DetailRepository.Proof proof, String idNumber, String phone) {
        boolean idMatches = idNumber != null && proof.idHash() != null
                && Hashing.constantTimeEquals(proof.idHash(), idHasher.hash(idNumber));
        String normalisedPhone = PhoneNumbers.normaliseOrNull(phone);
        boolean phoneMatches = normalisedPhone != null && proof.phone() != null
                && Hashing.constantTimeEquals(proof.phone(), normalisedPhone);
        return idMatches || phoneMatches;
    }

    private static ProblemException mismatch() {
        return ProblemException.forbidden("Không xác minh được người nộp hồ sơ",
                "Mã hồ sơ hoặc thông tin xác minh không đúng. Vui lòng kiểm tra lại số CCCD hoặc số điện thoại "
                        + "đã khai khi nộp hồ sơ.");
    }
}
