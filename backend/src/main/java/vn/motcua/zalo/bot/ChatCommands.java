package vn.motcua.zalo.bot;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.announcement.AnnouncementCategory;
import vn.motcua.announcement.PublishedAnnouncementStore;
import vn.motcua.audience.SubscriptionRepository;
import vn.motcua.audience.ZaloUserRepository;
import vn.motcua.common.PhoneNumbers;
import vn.motcua.common.problem.ProblemException;
import vn.motcua.lookup.ApplicantDossierRepository;
import vn.motcua.lookup.DossierRow;
import vn.motcua.lookup.LookupRepository;
import vn.motcua.lookup.LookupService;
import vn.motcua.qr.ImageRejectedException;
import vn.motcua.qr.NoQrFoundException;
import vn.motcua.receipt.FairScheduler;
import vn.motcua.receipt.ReceiptPhotoReader;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.outbound.ZaloMessage;
import vn.motcua.zalo.reply.ChatReplies;
import vn.motcua.zalo.webhook.ZaloEvent;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** What the bot does with a citizen's text, photo or shared phone number. */
@ApplicationScoped
public class ChatCommands {
    /** More codes in one message are most likely a paste of something else; three answers are enough. */
    private static final int MAX_CODES = 3;

    private final IntentParser parser = new IntentParser();
    private final ConversationRepository conversations;
    private final ZaloUserRepository users;
    private final SubscriptionRepository subscriptions;
    private final ApplicantDossierRepository dossiers;
    private final LookupService lookup;
    private final LookupRepository lookupRows;
    private final AttachmentFetcher attachments;
    private final ReceiptPhotoReader photos;
    private final BotReplies replies;
    private final ChatReplies chatReplies;
    private final Duration handoffTimeout;
    private final PublishedAnnouncementStore announcements;
    private final vn.motcua.announcement.NewsSubscriptionStore newsSubscriptions;
    private final NewsReplies newsReplies;

    public ChatCommands(ConversationRepository conversations, ZaloUserRepository users,
                        SubscriptionRepository subscriptions, ApplicantDossierRepository dossiers, LookupService lookup,
                        LookupRepository lookupRows, AttachmentFetcher attachments, ReceiptPhotoReader photos,
                        BotReplies replies, ChatReplies chatReplies, ZaloSettings settings,
                        PublishedAnnouncementStore announcements, vn.motcua.announcement.NewsSubscriptionStore newsSubscriptions,
                        NewsReplies newsReplies) {
        this.announcements = announcements;
        this.newsReplies = newsReplies;
        this.newsSubscriptions = newsSubscriptions;
        this.conversations = conversations;
        this.users = users;
        this.subscriptions = subscriptions;
        this.dossiers = dossiers;
        this.lookup = lookup;
        this.lookupRows = lookupRows;
        this.attachments = attachments;
        this.photos = photos;
        this.replies = replies;
        this.chatReplies = chatReplies;
        this.handoffTimeout = settings.config().humanHandoffTimeout();
    }

    Duration handoffTimeout() {
        return handoffTimeout;
    }

    Uni<Boolean> text(String user, String text, OffsetDateTime at) {
        return conversations.recordMessage(user, text, at, handoffTimeout).flatMap(human -> human
                ? Uni.createFrom().item(true) : answer(user, parser.parse(text), text, at));
    }

    private Uni<Boolean> answer(String user, ParsedMessage message, String text, OffsetDateTime at) {
        List<String> codes = message.codes().stream().limit(MAX_CODES).toList();
        return switch (message.intent()) {
            case LOOKUP -> codes.isEmpty() ? send(replies.askForCode(user, "tra cứu"))
                    : each(codes, code -> lookupReply(user, code, at));
            case SUBSCRIBE -> codes.isEmpty() ? send(replies.askForCode(user, "theo dõi"))
                    : each(codes, code -> withDossier(user, code, at, row -> users.phoneOf(user)
                    .flatMap(phone -> subscriptions.subscribe(row.id(), user, phone)
                            .flatMap(v -> subscriptions.followsAsApplicant(row.id(), user, phone)))
                    .map(proven -> replies.subscribed(user, row.code(), proven))));
            case UNSUBSCRIBE -> codes.isEmpty() ? send(replies.askForCode(user, "hủy theo dõi"))
                    : each(codes, code -> withDossier(user, code, at, row -> subscriptions.unsubscribe(row.id(), user)
                    .map(was -> replies.unsubscribed(user, row.code(), was))));
            case MY_DOSSIERS -> users.phoneOf(user).flatMap(phone -> phone == null
                    ? send(replies.consentRequest(user))
                    : dossiers.byPhone(phone, null, BotReplies.MY_DOSSIERS_SHOWN).flatMap(list -> send(replies.myDossiers(user, phone, list))));
            case NEWS -> news(user, parser.newsCategory(text));
            case NEWS_OPT_IN, NEWS_OPT_OUT -> newsChoice(user, parser.newsCategory(text),
                    message.intent() == Intent.NEWS_OPT_IN);
            case MENU -> send(replies.menu(user, "Hướng dẫn sử dụng kênh tra cứu hồ sơ:"));
            case GREETING -> send(replies.greeting(user));
            case THANKS -> send(replies.thanks(user));
            case HUMAN -> conversations.handToOfficer(user, at).flatMap(v -> send(replies.handedToOfficer(user)));
        };
    }

    Uni<Boolean> image(String user, ZaloEvent event, OffsetDateTime at) {
        return conversations.recordMessage(user, "[ảnh]", at, handoffTimeout).flatMap(human -> {
            if (human) {
                return Uni.createFrom().item(true);
            }
            var photo = event.attachments().stream().filter(a -> a.url() != null).findFirst();
            if (photo.isEmpty()) {
                return send(replies.photoUnreadable(user, "Không nhận được ảnh."));
            }
            return attachments.fetch(photo.get().url()).flatMap(bytes -> photos.read("zalo:" + user, bytes))
                    .flatMap(scanned -> scanned.isPresent() ? lookupReply(user, scanned.get().code(), at)
                            : send(replies.photoUnreadable(user, "Mã QR trong ảnh không phải mã QR của giấy tiếp nhận hồ sơ.")))
                    .onFailure(NoQrFoundException.class).recoverWithUni(e ->
                            send(replies.photoUnreadable(user, "Không đọc được mã QR trong ảnh.")))
                    .onFailure(ImageRejectedException.class).recoverWithUni(e ->
                            send(replies.photoUnreadable(user, "Ảnh này không đọc được (chỉ nhận ảnh JPEG hoặc PNG).")))
                    .onFailure(FairScheduler.Busy.class).recoverWithUni(e ->
                            send(replies.photoUnreadable(user, "Hệ thống đang bận đọc ảnh. Vui lòng gửi lại ảnh sau ít phút.")))
                    .onFailure(AttachmentException.class).recoverWithUni(e -> {
                        Log.warnf("Photo from %s not fetched: %s", user, e.getMessage());
                        return send(replies.photoUnreadable(user, "Không tải được ảnh bạn gửi."));
                    });
        });
    }

    Uni<Boolean> submitInfo(String user, ZaloEvent event, OffsetDateTime at) {
        String phone = PhoneNumbers.normaliseOrNull(event.infoPhone());
        if (phone == null) {
            return send(replies.invalidPhone(user));
        }
        return users.linkPhone(user, phone, event.infoName(), at)
                .flatMap(v -> dossiers.byPhone(phone, null, BotReplies.MY_DOSSIERS_SHOWN))
                .flatMap(list -> send(replies.myDossiers(user, phone, list)));
    }

    private Uni<Boolean> news(String user, AnnouncementCategory category) {
        return announcements.latest(NewsReplies.NEWS_ITEMS, category)
                .flatMap(items -> send(newsReplies.news(user, category, items)));
    }

    /** Opts in or out of one category's news, or of all of them when none is named. */
    private Uni<Boolean> newsChoice(String user, AnnouncementCategory category, boolean on) {
        java.util.Set<AnnouncementCategory> chosen = category == null
                ? java.util.EnumSet.allOf(AnnouncementCategory.class) : java.util.EnumSet.of(category);
        return newsSubscriptions.set(user, chosen, on, "bot")
                .flatMap(now -> send(newsReplies.newsChoice(user, chosen, on, now)));
    }

    private Uni<Boolean> lookupReply(String user, String code, OffsetDateTime at) {
        return lookup.lookup(code, null)
                .call(view -> conversations.noteDossier(user, view.code(), at))
                .map(view -> replies.dossier(user, view))
                .onFailure(e -> e instanceof ProblemException p && p.status() == 404)
                .recoverWithItem(() -> replies.notFound(user, code))
                .flatMap(this::send);
    }

    private Uni<Boolean> withDossier(String user, String code, OffsetDateTime at,
                                     Function<DossierRow, Uni<ZaloMessage>> action) {
        return lookupRows.find(code).flatMap(row -> row == null ? Uni.createFrom().item(replies.notFound(user, code))
                : conversations.noteDossier(user, row.code(), at).flatMap(v -> action.apply(row))).flatMap(this::send);
    }

    private Uni<Boolean> each(List<String> codes, Function<String, Uni<Boolean>> action) {
        return Multi.createFrom().iterable(codes).onItem().transformToUniAndConcatenate(action::apply)
                .collect().asList().replaceWith(true);
    }

    private Uni<Boolean> send(ZaloMessage message) {
        return chatReplies.send(message);
    }
}
