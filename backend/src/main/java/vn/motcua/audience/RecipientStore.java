package vn.motcua.audience;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears about a dossier: its active subscriptions (bot, Mini App, intake), every Zalo user who linked the
 * applicant's phone with consent, and the applicant's phone when the one-stop system sent notification
 * consent. One recipient per person: a phone that a known Zalo user linked joins that user.
 */
@ApplicationScoped
public class RecipientStore {
    /** Every source and whether it proves the person to be the applicant: the view dossier_audience (V81). */
    private static final String SOURCES = """
            select dossier_id, zalo_user_id, phone, source, proven from dossier_audience where dossier_id = any($1)""";
    private static final String LINKED_PHONES = """
            select zalo_user_id, phone from zalo_user where zalo_user_id = any($1) and phone_consent_at is not null""";

    public Uni<Map<Long, List<Recipient>>> forDossiers(SqlConnection connection, Long[] dossierIds) {
        return connection.preparedQuery(SOURCES).execute(Tuple.of(dossierIds)).flatMap(rows -> {
            List<Row> all = new ArrayList<>();
            rows.forEach(all::add);
            String[] users = all.stream().map(r -> r.getString("zalo_user_id")).filter(u -> u != null)
                    .distinct().toArray(String[]::new);
            return connection.preparedQuery(LINKED_PHONES).execute(Tuple.of(users)).map(phones -> {
                Map<String, String> phoneOfUser = new HashMap<>();
                phones.forEach(r -> phoneOfUser.put(r.getString(0), r.getString(1)));
                Map<Long, List<Row>> byDossier = new HashMap<>();
                all.forEach(r -> byDossier.computeIfAbsent(r.getLong("dossier_id"), k -> new ArrayList<>()).add(r));
                Map<Long, List<Recipient>> result = new HashMap<>();
                byDossier.forEach((dossier, sources) -> result.put(dossier, merge(sources, phoneOfUser)));
                return result;
            });
        });
    }

    static List<Recipient> merge(List<Row> sources, Map<String, String> phoneOfUser) {
        Set<String> optedOut = new HashSet<>();
        sources.stream().filter(r -> "optout".equals(r.getString("source")))
                .forEach(r -> optedOut.add(r.getString("zalo_user_id") != null ? r.getString("zalo_user_id")
                        : "p:" + r.getString("phone")));
        Map<String, Recipient> users = new LinkedHashMap<>();
        Map<String, Recipient> phonesOnly = new LinkedHashMap<>();
        for (Row row : sources) {
            String user = row.getString("zalo_user_id");
            String phone = row.getString("phone");
            boolean proven = Boolean.TRUE.equals(row.getBoolean("proven"));
            if ("optout".equals(row.getString("source"))) {
                continue;
            }
            if (user != null && !optedOut.contains(user)) {
                Recipient known = users.getOrDefault(user, Recipient.of(user, null));
                users.put(user, known.withPhone(phone != null ? phone : phoneOfUser.get(user)).provenIf(proven));
            } else if (user == null && phone != null && !optedOut.contains("p:" + phone)) {
                Recipient known = phonesOnly.getOrDefault(phone, Recipient.of(null, phone));
                phonesOnly.put(phone, known.provenIf(proven));
            }
        }
        // a phone a known user consented to is that user: one message, proven if either source proves it
        users.replaceAll((user, r) -> {
            Recipient samePhone = r.phone() == null ? null : phonesOnly.remove(r.phone());
            return samePhone == null ? r : r.provenIf(samePhone.proven());
        });
        List<Recipient> merged = new ArrayList<>(users.values());
        merged.addAll(phonesOnly.values());
        return merged;
    }
}
