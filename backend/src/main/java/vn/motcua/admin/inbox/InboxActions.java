package vn.motcua.admin.inbox;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.admin.AuditTrailStore;
import vn.motcua.admin.auth.OfficerIdentities;
import vn.motcua.common.Transactions;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.zalo.bot.ConversationRepository;
import vn.motcua.zalo.outbound.ZaloApiException;
import vn.motcua.zalo.outbound.ZaloMessage;
import vn.motcua.zalo.outbound.ZaloMessenger;

import java.util.List;

/** An officer answers a conversation, hands it back to the bot, or closes it; each step is audited. */
@ApplicationScoped
public class InboxActions {
    private final Transactions transactions;
    private final AuditTrailStore auditTrail;
    private final OfficerInbox inbox;
    private final ZaloMessenger messenger;
    private final ConversationRepository conversations;

    public InboxActions(Transactions transactions, AuditTrailStore auditTrail, OfficerInbox inbox, ZaloMessenger messenger,
                        ConversationRepository conversations) {
        this.transactions = transactions;
        this.auditTrail = auditTrail;
        this.conversations = conversations;
        this.inbox = inbox;
        this.messenger = messenger;
    }

    /** Sends the reply as a consultation message: only inside the 48-hour window Zalo leaves free. */
    public Uni<Void> reply(SecurityIdentity officer, String userId, String text) {
        if (text.codePointCount(0, text.length()) > ZaloMessage.MAX_TEXT) {
            throw ProblemException.badRequest("Tin trả lời dài quá " + ZaloMessage.MAX_TEXT + " ký tự.");
        }
        return inbox.find(OfficerIdentities.agencyId(officer), userId).flatMap(c -> {
            if (!c.windowOpen()) {
                throw new ProblemException(409, "window-closed", "Đã hết thời hạn trả lời miễn phí",
                        "Người dân tương tác lần cuối hơn 48 giờ trước; Zalo không cho gửi tin tư vấn miễn phí nữa.");
            }
            return messenger.sendConsultation(ZaloMessage.text(userId, text, List.of()))
                    .onFailure(ZaloApiException.class).transform(e -> {
                        Log.warnf("Officer reply to %s failed: %s", userId, e.getMessage());
                        return new ProblemException(502, "zalo-failed", "Zalo không nhận tin nhắn",
                                "Không gửi được tin nhắn qua Zalo. Vui lòng thử lại sau.");
                    })
                    .flatMap(msgId -> auditTrail.recordAlone(officer, "inbox-reply", OfficerInbox.target(userId), null, text));
        });
    }

    /** The bot answers again (the citizen can ask for an officer later). */
    public Uni<Void> handBack(SecurityIdentity officer, String userId) {
        return release(officer, userId, "inbox-hand-back", false);
    }

    /** The request is dealt with: back to the bot, and no longer waiting for anyone. */
    public Uni<Void> close(SecurityIdentity officer, String userId) {
        return release(officer, userId, "inbox-close", true);
    }

    private Uni<Void> release(SecurityIdentity officer, String userId, String action, boolean dealtWith) {
        return transactions.inTransaction(c -> inbox.find(c, OfficerIdentities.agencyId(officer), userId, true)
                .flatMap(conversation -> conversations.backToBot(c, userId, dealtWith))
                .flatMap(x -> AuditTrailStore.record(c, officer, action, OfficerInbox.target(userId), "state=human", "state=bot")));
    }
}
