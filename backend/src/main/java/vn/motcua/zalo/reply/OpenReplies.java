package vn.motcua.zalo.reply;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The citizens with a reply still open in zalo_reply (waiting to be sent again, or behind another one), known in
 * memory so that the usual reply, to a citizen with none, goes at once without asking the database. Refreshed from
 * the database by every sweep; a citizen noted in the last few seconds is kept even if the read missed them (the
 * read may have run before their reply was written).
 */
final class OpenReplies {
    private static final long KEEP_NANOS = java.time.Duration.ofSeconds(10).toNanos();
    private final Map<String, Long> users = new ConcurrentHashMap<>();

    boolean has(String userId) {
        return users.containsKey(userId);
    }

    void note(String userId) {
        users.put(userId, System.nanoTime());
    }

    /** The database's answer: whoever it does not list, and was not noted just now, has nothing open any more. */
    void refresh(Set<String> openInDatabase) {
        long now = System.nanoTime();
        users.entrySet().removeIf(e -> !openInDatabase.contains(e.getKey()) && now - e.getValue() > KEEP_NANOS);
        openInDatabase.forEach(user -> users.putIfAbsent(user, now - KEEP_NANOS));
    }
}
