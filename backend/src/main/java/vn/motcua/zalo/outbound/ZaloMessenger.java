package vn.motcua.zalo.outbound;

import io.smallrye.mutiny.Uni;

/**
 * Sends to Zalo: the live client in production, the sandbox record otherwise. Failures are
 * {@link ZaloApiException}s carrying how to react (retry, fall back, give up).
 */
public interface ZaloMessenger {

    /** A consultation message; the answer is Zalo's message id. */
    Uni<String> sendConsultation(ZaloMessage message);
}
