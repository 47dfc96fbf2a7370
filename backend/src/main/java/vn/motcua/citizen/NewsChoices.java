package vn.motcua.citizen;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.announcement.AnnouncementCategory;
import vn.motcua.announcement.NewsSubscriptionStore;
import vn.motcua.citizen.CitizenRepository.Citizen;
import vn.motcua.common.problem.ProblemException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Mini App's news switches: which categories of news the citizen receives on Zalo. Pushes are OA messages, so
 * they need the citizen's OA-scoped id; without it the switches are shown off and cannot be turned on.
 */
@ApplicationScoped
public class NewsChoices {
    private final NewsSubscriptionStore subscriptions;

    public NewsChoices(NewsSubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    public Uni<Choices> of(Citizen citizen) {
        if (citizen.oaUserId() == null) {
            return Uni.createFrom().item(Choices.of(false, Set.of()));
        }
        return subscriptions.of(citizen.oaUserId()).map(active -> Choices.of(true, active));
    }

    public Uni<Choices> set(Citizen citizen, String rawCategory, boolean on) {
        AnnouncementCategory category = AnnouncementCategory.fromCode(rawCategory == null ? "" : rawCategory.strip())
                .orElseThrow(() -> ProblemException.badRequest("category must be one of general, procedures, business"));
        if (citizen.oaUserId() == null) {
            if (!on) {
                return of(citizen);
            }
            return Uni.createFrom().failure(new ProblemException(409, "oa-required", "Cần quan tâm Zalo OA",
                    "Tin tức được gửi qua Zalo OA: vui lòng quan tâm OA rồi đăng nhập lại để bật nhận tin."));
        }
        return subscriptions.set(citizen.oaUserId(), EnumSet.of(category), on, "miniapp")
                .map(active -> Choices.of(true, active));
    }

    /** {@code canReceive}: the citizen's OA id is known, so news can reach them. */
    public record Choices(boolean canReceive, List<Choice> items) {
        static Choices of(boolean canReceive, Set<AnnouncementCategory> active) {
            return new Choices(canReceive, Arrays.stream(AnnouncementCategory.values())
                    .map(c -> new Choice(c.code(), c.label(), active.contains(c))).toList());
        }
    }

    public record Choice(String category, String label, boolean subscribed) {
    }
}
