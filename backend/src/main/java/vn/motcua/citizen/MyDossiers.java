package vn.motcua.citizen;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.audience.SubscriptionRepository;
import vn.motcua.citizen.CitizenRepository.Citizen;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.lookup.ApplicantDossierRepository.ApplicantDossier;
import vn.motcua.lookup.ApplicantDossierRepository;
import vn.motcua.lookup.DossierView;
import vn.motcua.lookup.LookupService;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A signed-in citizen's dossiers (filed with their linked phone) and the dossiers they follow. */
@ApplicationScoped
public class MyDossiers {
    static final int LIMIT = 100;
    private final ApplicantDossierRepository dossiers;
    private final LookupService lookup;
    private final SubscriptionRepository subscriptions;
    private final vn.motcua.lookup.AccessTokens accessTokens;

    public MyDossiers(ApplicantDossierRepository dossiers, LookupService lookup, SubscriptionRepository subscriptions,
                      vn.motcua.lookup.AccessTokens accessTokens) {
        this.dossiers = dossiers;
        this.lookup = lookup;
        this.subscriptions = subscriptions;
        this.accessTokens = accessTokens;
    }

    public Uni<DossierList> list(Citizen citizen) {
        if (!citizen.phoneLinked()) {
            return Uni.createFrom().item(new DossierList(false, List.of()));
        }
        OffsetDateTime now = VietnamTime.now();
        return dossiers.byPhone(citizen.phone(), citizen.oaUserId(), LIMIT).map(rows -> {
            List<Item> items = new ArrayList<>();
            for (ApplicantDossier d : rows) {
                DossierStatus status = DossierStatus.of(d.status());
                items.add(new Item(d.code(), d.procedureName(), status.code(), status.label(), d.agencyName(),
                        d.receivedAt(), d.dueAt(), d.finishedAt(),
                        DossierView.isOverdue(status, d.dueAt(), d.finishedAt(), now), DossierView.isClockPaused(status),
                        d.followed()));
            }
            return new DossierList(true, items);
        });
    }

    /** Follows or unfollows (idempotent); the code is read as tolerantly as the public lookup reads it. */
    public Uni<Following> setFollowing(Citizen citizen, String rawCode, boolean follow) {
        return setFollowing(citizen, rawCode, follow, null);
    }

    /**
     * Follows or unfollows. A valid access token of the dossier (the receipt's QR code) proves the follower to be
     * the applicant, and so does a linked phone equal to the applicant's; anyone else hears only the public facts.
     */
    public Uni<Following> setFollowing(Citizen citizen, String rawCode, boolean follow, String token) {
        String phone = citizen.phoneLinked() ? citizen.phone() : null;
        if (follow && phone == null && citizen.oaUserId() == null) {
            return Uni.createFrom().failure(new ProblemException(409, "phone-required", "Cần liên kết số điện thoại",
                    "Để nhận thông báo về hồ sơ, vui lòng chia sẻ số điện thoại hoặc quan tâm Official Account."));
        }
        return lookup.find(rawCode).flatMap(row -> {
            if (!follow) {
                return subscriptions.unsubscribePerson(row.id(), citizen.oaUserId(), phone)
                        .replaceWith(new Following(row.code(), false, false));
            }
            String proof = token != null && !token.isBlank()
                    && accessTokens.verify(row.code(), row.tokenGeneration(), token.strip()) ? "qr-token" : null;
            return subscriptions.subscribePerson(row.id(), citizen.oaUserId(), phone, "miniapp", proof)
                    .flatMap(v -> subscriptions.followsAsApplicant(row.id(), citizen.oaUserId(), phone))
                    .map(proven -> new Following(row.code(), true, proven));
        });
    }

    public Uni<Followed> followed(Citizen citizen) {
        String phone = citizen.phoneLinked() ? citizen.phone() : null;
        if (phone == null && citizen.oaUserId() == null) {
            return Uni.createFrom().item(new Followed(List.of()));
        }
        return subscriptions.followedCodes(citizen.oaUserId(), phone, LIMIT)
                .map(codes -> new Followed(codes.stream().map(FollowedDossier::new).toList()));
    }

    public record DossierList(boolean phoneLinked, List<Item> items) {
    }

    public record Item(String code, String procedureName, int statusCode, String statusLabel, String agencyName,
                       OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, boolean overdue,
                       boolean clockPaused, boolean following) {
    }

    /** {@code applicantProven}: the follower hears the private details (papers, fees, reasons), not only the status. */
    public record Following(String code, boolean following, boolean applicantProven) {
    }

    /** The answer of GET /api/public/v1/me/subscriptions: {"items":[{"code":...}]}, as the Mini App reads it. */
    public record Followed(List<FollowedDossier> items) {
    }

    public record FollowedDossier(String code) {
    }
}
