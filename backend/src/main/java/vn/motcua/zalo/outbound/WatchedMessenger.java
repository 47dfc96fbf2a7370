package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;
import vn.motcua.zalo.alarm.ZaloAlarm;
import vn.motcua.zalo.alarm.ZaloAlarms;

/**
 * Every send, whoever makes it (notifications, replies, announcement pushes), tells the alarms what it met:
 * billing errors raise the billing alarm, a template refused for its parameters raises that template's alarm,
 * and a template that goes through clears both. The token endpoint's refusals are raised by the refresher.
 * Bookkeeping never fails a send.
 */
final class WatchedMessenger implements ZaloMessenger {
    private final ZaloMessenger delegate;
    private final ZaloAlarms alarms;

    WatchedMessenger(ZaloMessenger delegate, ZaloAlarms alarms) {
        this.delegate = delegate;
        this.alarms = alarms;
    }

    @Override
    public Uni<String> sendConsultation(ZaloMessage message) {
        return watch(delegate.sendConsultation(message), null);
    }

    @Override
    public Uni<String> sendTemplateToUser(TemplateMessage message) {
        return watch(delegate.sendTemplateToUser(message), message.templateId());
    }

    @Override
    public Uni<String> sendTemplateToPhone(TemplateMessage message) {
        return watch(delegate.sendTemplateToPhone(message), message.templateId());
    }

    private Uni<String> watch(Uni<String> send, String templateId) {
        return send
                .call(id -> templateId == null ? Uni.createFrom().voidItem()
                        : quietly(alarms.clear(ZaloAlarm.BILLING).flatMap(v -> alarms.clear(ZaloAlarm.templateKey(templateId)))))
                .onFailure(ZaloApiException.class).call(e -> quietly(raise((ZaloApiException) e, templateId)));
    }

    private Uni<Void> raise(ZaloApiException error, String templateId) {
        return switch (error.errorClass()) {
            case BILLING -> alarms.raise(ZaloAlarm.BILLING, ZaloAlarm.Kind.BILLING, error.code(), error.getMessage());
            case CONFIGURATION -> templateId == null ? Uni.createFrom().voidItem()
                    : alarms.raise(ZaloAlarm.templateKey(templateId), ZaloAlarm.Kind.TEMPLATE_CONFIG, error.code(),
                    "Mẫu " + templateId + ": " + error.getMessage());
            default -> Uni.createFrom().voidItem();
        };
    }

    private static Uni<Void> quietly(Uni<Void> bookkeeping) {
        return bookkeeping.onFailure().recoverWithNull();
    }
}
