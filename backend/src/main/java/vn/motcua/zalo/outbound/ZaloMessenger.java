package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;

/**
 * Sends to Zalo: the live client in production, the sandbox record otherwise. Failures are
 * {@link ZaloApiException}s carrying how to react (retry, fall back, give up). Every answer is Zalo's
 * message id, which delivery receipts refer to.
 */
public interface ZaloMessenger {

    /** A consultation message (free within 48 hours of the user's last interaction). */
    Uni<String> sendConsultation(ZaloMessage message);

    /** An approved template to an OA user id. */
    Uni<String> sendTemplateToUser(TemplateMessage message);

    /** An approved template to a phone, with our tracking id. */
    Uni<String> sendTemplateToPhone(TemplateMessage message);
}
