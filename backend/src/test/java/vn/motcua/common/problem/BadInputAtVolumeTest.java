package vn.motcua.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.admin.AdminFixture;
import vn.motcua.support.Api;
import vn.motcua.support.Db;
import vn.motcua.support.PostgresTest;
import vn.motcua.zalo.ZaloSettings;
import vn.motcua.zalo.webhook.WebhookSignature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input at volume: a seeded corpus ({@link BadInputCorpus}) against every endpoint. No answer is a 5xx (or
 * no answer at all), no forged credential is accepted, and nothing is stored from refused requests. CI runs
 * {@code badinput.requests} (default 1,800) requests of seed {@code badinput.seed} (default 16); the full run is
 * {@code bench/bad-input.sh} (several seeds, more requests).
 */
@QuarkusTest
class BadInputAtVolumeTest {
    static final Class<?> DB = PostgresTest.class;
    /** Refused proofs of being the applicant are counted on purpose: that is the brute-force throttle. */
    private static final Set<String> WRITTEN_BY_DESIGN = Set.of("access_throttle", "flyway_schema_history");
    /**
     * Correctly signed webhook bodies are authentic whatever they hold (Zalo sends events the product ignores, and
     * they must be acknowledged): their inbox rows, and the bot's replies and users, are checked apart.
     */
    private static final Set<String> WRITTEN_FOR_AUTHENTIC_EVENTS = Set.of("zalo_inbox", "zalo_sandbox_message",
            "zalo_user", "zalo_conversation", "zalo_reply");

    @Inject
    ZaloSettings zalo;

    @Test
    void noServerErrorNoAcceptedForgeryNothingStored() {
        AdminFixture.seed();
        Api.postOwn(BadInputCorpus.OWN).statusCode(200);
        String cookie = AdminFixture.session("quantri");
        String csrf = AdminFixture.csrf(cookie);
        long seed = Long.getLong("badinput.seed", 16);
        int count = Integer.getInteger("badinput.requests", 1_800);
        List<BadInputCorpus.Probe> probes = new BadInputCorpus(seed, Api.KEY, cookie, csrf, zalo.appId(),
                zalo.oaSecretKey()).generate(count);
        Map<String, Long> before = tableCounts();
        Map<String, String> stored = new LinkedHashMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> acceptedForgeries = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int authenticEvents = 0;
        Map<String, Integer> knownFindings = new TreeMap<>();
        long start = System.nanoTime();
        long rows = watchedRows();
        for (BadInputCorpus.Probe probe : probes) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, probe.method(), probe.target(), probe.headers(), probe.body());
            long now = watchedRows();
            if (now != rows) {
                String body = probe.body() == null ? "" : new String(probe.body(), java.nio.charset.StandardCharsets.UTF_8);
                stored.put("after " + probe.describe() + " " + body.substring(0, Math.min(body.length(), 300)),
                        (now - rows) + " more rows in dossier, dossier_event, outbox, agency, procedure, api_key, officer, rating, subscriptions");
                rows = now;
            }
            statuses.merge(probe.owner() + " " + answer.status(), 1, Integer::sum);
            String known = knownElsewhere(probe, answer);
            if (known != null) {
                knownFindings.merge(known, 1, Integer::sum);
                if (!Boolean.getBoolean("badinput.known")) {
                    continue;
                }
            }
            if (answer.status() >= 500 || answer.status() == -1) {
                serverErrors.add(answer.status() + " " + probe.describe());
            } else if (answer.status() == 0 && (probe.body() == null || probe.body().length < 1_000_000)) {
                // only an oversized body may be cut off by the server (after its 413)
                serverErrors.add("no answer " + probe.describe());
            }
            if (probe.owner().equals("webhook") && !probe.forged() && answer.status() == 200) {
                authenticEvents++;
            }
            if (probe.forged() && accepted(answer)) {
                acceptedForgeries.add(answer.status() + " " + answer.location() + " " + probe.describe());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> after = tableCounts();
        after.forEach((table, n) -> {
            if (!WRITTEN_BY_DESIGN.contains(table) && !WRITTEN_FOR_AUTHENTIC_EVENTS.contains(table)
                    && !n.equals(before.get(table))) {
                stored.put(table, before.get(table) + " -> " + n);
            }
        });

        long inboxRows = after.getOrDefault("zalo_inbox", 0L) - before.getOrDefault("zalo_inbox", 0L);
        if (inboxRows > authenticEvents) {
            stored.put("zalo_inbox", inboxRows + " rows for " + authenticEvents + " authentic events");
        }
        System.out.printf("Bad input at volume: %d requests (seed %d) in %d ms; answers by owner and status: %s%n",
                probes.size(), seed, millis, statuses);
        knownFindings.forEach((k, n) -> System.out.println("  known, owned elsewhere (" + n + "x): " + k));
        serverErrors.forEach(e -> System.out.println("  5xx: " + e));
        acceptedForgeries.forEach(e -> System.out.println("  forgery accepted: " + e));
        stored.forEach((t, d) -> System.out.println("  stored from refused requests: " + t + " " + d));
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(acceptedForgeries).as("accepted forgeries").isEmpty();
        assertThat(stored).as("rows stored from refused requests").isEmpty();
    }

    @Test
    void aReplayedWebhookEventIsStoredAndAnsweredOnce() {
        long ts = System.currentTimeMillis();
        byte[] body = BadInputCorpus.EVENT.formatted(424242, ts).getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.header(zalo.appId(), body, String.valueOf(ts), zalo.oaSecretKey());
        for (int i = 0; i < 20; i++) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/zalo/webhook".getBytes(StandardCharsets.US_ASCII),
                    Map.of("Content-Type", "application/json", "X-ZEvent-Signature", signature), body);
            assertThat(answer.status()).isEqualTo(200);
        }
        assertThat(Db.count("select count(*) from zalo_inbox where msg_id = 'fuzz-424242'")).isEqualTo(1);
    }

    @Test
    void theJsonTextNullIsABadRequestNotAServerError() {
        for (String path : List.of("/api/public/v1/dossiers/" + BadInputCorpus.CODE + "/rating",
                "/api/public/v1/dossiers/" + BadInputCorpus.CODE + "/access")) {
            RestAssured.given().contentType("application/json").body("null").post(path).then().statusCode(400)
                    .contentType(org.hamcrest.Matchers.containsString("problem+json"));
        }
    }

    @Test
    void aZaloTokenWithControlCharactersIsRefusedNotAServerError() {
        for (String token : List.of("a\u0007b", "tok\u0000en", "Hồ sơ")) {
            RestAssured.given().contentType("application/json").body(java.util.Map.of("accessToken", token))
                    .post("/api/public/v1/session").then().statusCode(401);
        }
    }

    /**
     * Findings that other engineers are fixing (listed in the report of issue 16): matched by the kind of request and
     * the answer, so that anything new still fails. Null when the answer is not one of them.
     */
    static String knownElsewhere(BadInputCorpus.Probe probe, RawHttp.Answer answer) {
        if (probe.owner().equals("citizen") && probe.what().equals("session") && answer.status() == 503) {
            return "environment: graph.zalo.me cannot be reached from the tests, so a well-formed token is answered "
                    + "503 (Zalo unavailable), as documented";
        }
        return null;
    }

    /** A 2xx, or a redirect anywhere but the login page, means the request got through. */
    private static boolean accepted(RawHttp.Answer answer) {
        if (answer.status() >= 200 && answer.status() < 300) {
            return true;
        }
        return answer.status() >= 300 && answer.status() < 400 && !answer.location().contains("/admin/login");
    }

    /** The rows a refused request could add, in one statement so that it can run after every request. */
    private static long watchedRows() {
        return Db.count("select (select count(*) from dossier) + (select count(*) from dossier_event) + (select count(*) from outbox)"
                + " + (select count(*) from agency) + (select count(*) from procedure) + (select count(*) from api_key)"
                + " + (select count(*) from officer) + (select count(*) from dossier_rating) + (select count(*) from dossier_subscription)");
    }

    private static Map<String, Long> tableCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : Db.column("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'")) {
            counts.put(table, Db.count("select count(*) from \"" + table + "\""));
        }
        return counts;
    }
}
