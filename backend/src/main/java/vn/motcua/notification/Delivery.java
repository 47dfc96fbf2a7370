package vn.motcua.notification;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.alarm.ZaloAlarm;
import vn.motcua.zalo.alarm.ZaloAlarms;
import vn.motcua.zalo.outbound.TemplateMessage;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloButton;
import vn.motcua.zalo.outbound.ZaloMessage;
import vn.motcua.zalo.outbound.ZaloMessenger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One attempt at one claimed message: choose the cheapest channel that reaches the person, send, and fall
 * back to the next channel when Zalo says this one cannot reach them. The outcome is one status of the
 * vocabulary; what went wrong is classified (temporary, permanent, technical) by {@link FailurePolicy}.
 */
@ApplicationScoped
public class Delivery {
    private final ZaloMessenger messenger;
    private final MessageComposer composer;
    private final FailurePolicy failures;
    private final NotificationSettings settings;
    private final QuietHours quietHours;

    private final boolean developmentTemplates;
    private final ZaloAlarms alarms;

    public Delivery(ZaloMessenger messenger, MessageComposer composer, FailurePolicy failures,
                    NotificationSettings notifications, vn.motcua.zalo.ZaloSettings zalo, ZaloAlarms alarms) {
        this.alarms = alarms;
        this.developmentTemplates = zalo.config().templateMode() == vn.motcua.zalo.ZaloConfig.TemplateMode.DEVELOPMENT;
        this.messenger = messenger;
        this.composer = composer;
        this.failures = failures;
        this.settings = notifications;
        this.quietHours = new QuietHours(settings.quietFrom(), settings.quietUntil());
    }

    public Uni<SendOutcome> attempt(ClaimedMessage message) {
        if (message.overtaken()) {
            return Uni.createFrom().item(failures.cancelled());
        }
        NotificationKind kind = message.kind();
        ChannelChoice.Reach reach = new ChannelChoice.Reach(message.zaloUserId(), message.reachableByOa(),
                instant(message.lastInteractionAt()), message.phone(),
                composer.templateId(kind, message.publicOnly()).isPresent());
        List<DeliveryChannel> channels = ChannelChoice.channels(reach, Instant.now(), settings.consultationWindow());
        if (developmentTemplates) {
            // a pilot: templates go only where Zalo's development mode is documented to hold them back (by phone)
            channels = channels.stream().filter(c -> c != DeliveryChannel.TEMPLATE_USER).toList();
        }
        if (channels.isEmpty()) {
            return Uni.createFrom().item(failures.undeliverable(ChannelChoice.whyNone(reach)));
        }
        return tryChannel(message, kind, channels, 0);
    }

    private Uni<SendOutcome> tryChannel(ClaimedMessage message, NotificationKind kind, List<DeliveryChannel> channels, int index) {
        DeliveryChannel channel = channels.get(index);
        if (channel == DeliveryChannel.TEMPLATE_PHONE && quietHours.isQuiet(Instant.now())) {
            return Uni.createFrom().item(failures.deferredToMorning(quietHours.endAfter(Instant.now())));
        }
        return Uni.createFrom().deferred(() -> send(message, kind, channel))
                .map(messageId -> new SendOutcome(NotificationStatus.SENT, channel, cost(channel), messageId, null,
                        null, null))
                .onFailure(TemplateValueException.class).recoverWithUni(e -> {
                    TemplateValueException refused = (TemplateValueException) e;
                    return alarms.raise(ZaloAlarm.templateKey(refused.templateId()), ZaloAlarm.Kind.TEMPLATE_CONFIG, 0,
                                    refused.getMessage()).onFailure().recoverWithNull()
                            .replaceWith(failures.configuration(channel, refused.getMessage()));
                })
                .onFailure(ZaloApiException.class).recoverWithUni(e -> {
                    ZaloApiException error = (ZaloApiException) e;
                    boolean another = index + 1 < channels.size();
                    if (another && failures.tryNextChannel(error)) {
                        Log.debugf("Notification %d: %s refused (%d), trying %s", message.id(), channel,
                                error.code(), channels.get(index + 1));
                        return tryChannel(message, kind, channels, index + 1);
                    }
                    return failures.afterZaloError(error, channel, message.attempts());
                })
                .onFailure().recoverWithItem(e -> failures.technical(channel, e));
    }

    private Uni<String> send(ClaimedMessage message, NotificationKind kind, DeliveryChannel channel) {
        return switch (channel) {
            case CONSULTATION -> messenger.sendConsultation(ZaloMessage.text(message.zaloUserId(),
                    composer.text(message), List.of(ZaloButton.openUrl("Xem hồ sơ", composer.link(message)))));
            case TEMPLATE_USER -> messenger.sendTemplateToUser(TemplateMessage.toUser(message.zaloUserId(),
                    composer.templateId(kind, message.publicOnly()).orElseThrow(),
                    composer.templateData(message, false), composer.text(message)));
            case TEMPLATE_PHONE -> messenger.sendTemplateToPhone(TemplateMessage.toPhone(message.phone(),
                    composer.templateId(kind, message.publicOnly()).orElseThrow(),
                    composer.templateData(message, message.toApplicantPhone()),
                    message.idempotencyKey(), composer.text(message)));
        };
    }

    private long cost(DeliveryChannel channel) {
        return switch (channel) {
            case CONSULTATION -> settings.prices().consultation();
            case TEMPLATE_USER -> settings.prices().templateUser();
            case TEMPLATE_PHONE -> settings.prices().templatePhone();
        };
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
