package vn.motcua.rating;

import vn.motcua.common.VietnamTime;

import java.time.OffsetDateTime;

/** A rating as the Mini App, the admin and one-stop systems read it. */
public record RatingView(String code, int level, String label, String comment, String channel,
                         OffsetDateTime ratedAt, OffsetDateTime updatedAt) {

    static RatingView of(String code, DossierRating r) {
        return new RatingView(code, r.level, SatisfactionLevel.of(r.level).map(SatisfactionLevel::label).orElse(null),
                r.comment, r.channel, VietnamTime.inVietnam(r.ratedAt), VietnamTime.inVietnam(r.updatedAt));
    }
}
