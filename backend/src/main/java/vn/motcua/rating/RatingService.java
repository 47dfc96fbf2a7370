package vn.motcua.rating;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.common.VietnamTime;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.lookup.AccessTokens;
import vn.motcua.lookup.DossierRow;
import vn.motcua.lookup.LookupService;

/**
 * Satisfaction ratings: only the applicant (a valid access token) may rate, and only once the dossier is
 * closed (result returned, refused or stopped). Rating again replaces the earlier answer.
 */
@ApplicationScoped
public class RatingService {
    private static final int MAX_COMMENT = 1000;
    private final LookupService lookup;
    private final AccessTokens tokens;
    private final DossierRatingRepository ratings;

    public RatingService(LookupService lookup, AccessTokens tokens, DossierRatingRepository ratings) {
        this.ratings = ratings;
        this.lookup = lookup;
        this.tokens = tokens;
    }

    private static final java.util.Set<String> CHANNELS = java.util.Set.of("miniapp", "web", "zalo-oa");

    @WithTransaction
    public Uni<RatingView> rate(String rawCode, String token, Integer level, String comment, String channel) {
        SatisfactionLevel satisfaction = level == null ? null : SatisfactionLevel.of(level).orElse(null);
        if (satisfaction == null) {
            return Uni.createFrom().failure(ProblemException.badRequest(
                    "Vui lòng chọn mức độ hài lòng: 3 (rất hài lòng), 2 (hài lòng) hoặc 1 (không hài lòng)."));
        }
        if (!CHANNELS.contains(channel)) {
            return Uni.createFrom().failure(ProblemException.badRequest("channel must be one of " + CHANNELS + "."));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            return Uni.createFrom().failure(ProblemException.badRequest("Góp ý dài tối đa " + MAX_COMMENT + " ký tự."));
        }
        return lookup.find(rawCode).flatMap(row -> {
            if (token == null || !tokens.verify(row.code(), row.tokenGeneration(), token.strip())) {
                throw ProblemException.forbidden("Không xác minh được người nộp hồ sơ",
                        "Chỉ người nộp hồ sơ mới đánh giá được. Vui lòng mở hồ sơ từ mã QR trên giấy tiếp nhận.");
            }
            if (!DossierStatus.of(row.status()).isFinal()) {
                throw new ProblemException(409, "not-closed", "Hồ sơ chưa kết thúc",
                        "Bạn có thể đánh giá sau khi hồ sơ đã được trả kết quả.");
            }
            return save(row, satisfaction, comment == null || comment.isBlank() ? null : comment.strip(), channel);
        });
    }

    /** Runs inside {@link #rate}'s transaction. */
    private Uni<RatingView> save(DossierRow row, SatisfactionLevel level, String comment, String channel) {
        return ratings.forDossier(row.id()).flatMap(existing -> {
            DossierRating rating = existing != null ? existing : new DossierRating();
            rating.dossierId = row.id();
            rating.level = (short) level.level();
            rating.comment = comment;
            rating.channel = channel;
            rating.updatedAt = VietnamTime.now();
            if (rating.ratedAt == null) {
                rating.ratedAt = rating.updatedAt;
            }
            return rating.<DossierRating>persist().map(saved -> RatingView.of(row.code(), saved));
        });
    }

    @WithSession
    public Uni<RatingView> find(String rawCode) {
        return lookup.find(rawCode).flatMap(row -> ratings.forDossier(row.id())
                .map(rating -> {
                    if (rating == null) {
                        throw ProblemException.notFound("Chưa có đánh giá", "The applicant has not rated this dossier yet.");
                    }
                    return RatingView.of(row.code(), rating);
                }));
    }
}
