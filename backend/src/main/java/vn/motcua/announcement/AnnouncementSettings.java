package vn.motcua.announcement;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code motcua.announcements.*}: announcements to followers: how often queued pushes are sent.
 * Owned by this feature, not by {@code config}: the shared configuration knows no feature. Only the scheduler's
 * expression in {@link AnnouncementPushSender} reads the key, so nothing injects this mapping: it is kept
 * ({@code @Unremovable}) so that the key stays a known one and start-up does not refuse it as unmapped.
 */
@Unremovable
@ConfigMapping(prefix = "motcua.announcements")
public interface AnnouncementSettings {
    /** How often queued announcement pushes are sent (the sender also drains the queue in one go). */
    @WithName("push-every")
    @WithDefault("5s")
    String pushEvery();
}
