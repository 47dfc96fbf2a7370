package vn.motcua.audience;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * dossier_subscription rows from the chat and the Mini App: one per person and dossier (by OA user id when
 * known, else by phone), switched on and off. A person is an OA user id and/or a phone linked with consent.
 */
@ApplicationScoped
public class SubscriptionRepository {
    private static final String SUBSCRIBE_BY_USER = """
            insert into dossier_subscription (dossier_id, zalo_user_id, phone, source, applicant_proof)
            values ($1, $2, $3, $4, $5)
            on conflict (dossier_id, zalo_user_id) where zalo_user_id is not null
            do update set active = true, phone = coalesce(excluded.phone, dossier_subscription.phone),
                          applicant_proof = coalesce(excluded.applicant_proof, dossier_subscription.applicant_proof),
                          updated_at = now()""";
    private static final String SUBSCRIBE_BY_PHONE = """
            insert into dossier_subscription (dossier_id, phone, source, applicant_proof) values ($1, $2, $3, $4)
            on conflict (dossier_id, phone) where zalo_user_id is null
            do update set active = true, updated_at = now(),
                          applicant_proof = coalesce(excluded.applicant_proof, dossier_subscription.applicant_proof)""";
    /** The same test notifications apply (RecipientStore): a proof given, or a consented phone of the applicant. */
    private static final String PROVEN = """
            select exists (select 1 from dossier_subscription s join dossier d on d.id = s.dossier_id
                            where s.dossier_id = $1 and s.active and (s.zalo_user_id = $2 or s.phone = $3)
                              and (s.applicant_proof is not null or s.phone = d.applicant_phone
                                   or exists (select 1 from zalo_user u where u.zalo_user_id = s.zalo_user_id
                                                and u.phone_consent_at is not null and u.phone = d.applicant_phone)))""";
    /** A row made by phone before the OA id was known becomes the OA user's row (one row per person). */
    private static final String ADOPT_PHONE_ROW = """
            update dossier_subscription set zalo_user_id = $2, updated_at = now()
             where dossier_id = $1 and zalo_user_id is null and phone = $3
               and not exists (select 1 from dossier_subscription o where o.dossier_id = $1 and o.zalo_user_id = $2)""";
    private static final String UNSUBSCRIBE = """
            update dossier_subscription set active = false, updated_at = now()
             where dossier_id = $1 and zalo_user_id = $2 and active returning id""";
    private static final String UNSUBSCRIBE_PERSON = """
            update dossier_subscription set active = false, updated_at = now()
             where dossier_id = $1 and active and (zalo_user_id = $2 or phone = $3)""";
    private static final String FOLLOWED = """
            select d.code from dossier d
             where exists (select 1 from dossier_subscription s where s.dossier_id = d.id and s.active
                             and (s.zalo_user_id = $1 or s.phone = $2))
             order by d.received_at desc nulls last, d.id desc limit $3""";

    private final Pool pool;

    public SubscriptionRepository(Pool pool) {
        this.pool = pool;
    }

    /** From the chat: the OA user follows the dossier. */
    public Uni<Void> subscribe(long dossierId, String userId, String phone) {
        return pool.preparedQuery(SUBSCRIBE_BY_USER).execute(Tuple.tuple().addLong(dossierId).addString(userId)
                .addString(phone).addString("bot").addString(null)).replaceWithVoid();
    }

    /** True when an active subscription was switched off. */
    public Uni<Boolean> unsubscribe(long dossierId, String userId) {
        return pool.preparedQuery(UNSUBSCRIBE).execute(Tuple.of(dossierId, userId)).map(rows -> rows.size() > 0);
    }

    /**
     * A person follows a dossier ({@code source}: miniapp, bot): keyed by OA user id when known (adopting a
     * row made by phone earlier), else by phone. At least one of the two must be given.
     */
    public Uni<Void> subscribePerson(long dossierId, String oaUserId, String phone, String source) {
        return subscribePerson(dossierId, oaUserId, phone, source, null);
    }

    /** As above, with the proof of being the applicant the person gave ({@code qr-token}), or null. */
    public Uni<Void> subscribePerson(long dossierId, String oaUserId, String phone, String source, String proof) {
        if (oaUserId == null) {
            return pool.preparedQuery(SUBSCRIBE_BY_PHONE).execute(Tuple.tuple().addLong(dossierId).addString(phone)
                    .addString(source).addString(proof)).replaceWithVoid();
        }
        return pool.withTransaction(conn -> (phone == null ? Uni.createFrom().voidItem()
                : conn.preparedQuery(ADOPT_PHONE_ROW).execute(Tuple.of(dossierId, oaUserId, phone)).replaceWithVoid())
                .flatMap(v -> conn.preparedQuery(SUBSCRIBE_BY_USER).execute(Tuple.tuple().addLong(dossierId)
                        .addString(oaUserId).addString(phone).addString(source).addString(proof)))
                .replaceWithVoid());
    }

    /** Whether the person follows the dossier as its proven applicant (and so hears its private details). */
    public Uni<Boolean> followsAsApplicant(long dossierId, String oaUserId, String phone) {
        return pool.preparedQuery(PROVEN).execute(Tuple.tuple().addLong(dossierId).addString(oaUserId).addString(phone))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Every active row of the person for the dossier is switched off (their OA id's and their phone's). */
    public Uni<Void> unsubscribePerson(long dossierId, String oaUserId, String phone) {
        return pool.preparedQuery(UNSUBSCRIBE_PERSON).execute(Tuple.of(dossierId, oaUserId, phone)).replaceWithVoid();
    }

    /** Codes of the dossiers the person follows, newest first. */
    public Uni<List<String>> followedCodes(String oaUserId, String phone, int limit) {
        return pool.preparedQuery(FOLLOWED).execute(Tuple.of(oaUserId, phone, limit)).map(rows -> {
            List<String> codes = new ArrayList<>();
            for (Row row : rows) {
                codes.add(row.getString(0));
            }
            return codes;
        });
    }
}
