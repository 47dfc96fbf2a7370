package vn.motcua.zalo.sandbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Photos attached in the chat simulator, kept in memory (the newest few only) and served back to the bot from
 * this application, the way Zalo serves a citizen's photo from its media hosts.
 */
@ApplicationScoped
public class SandboxUploads {
    private static final int KEEP = 20;
    private final Map<String, Photo> photos = new LinkedHashMap<>(KEEP, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Photo> eldest) {
            return size() > KEEP;
        }
    };

    public record Photo(byte[] bytes, String contentType) {
    }

    public synchronized String put(byte[] bytes, String contentType) {
        String id = UUID.randomUUID().toString();
        photos.put(id, new Photo(bytes, contentType));
        return id;
    }

    public synchronized Optional<Photo> get(String id) {
        return Optional.ofNullable(photos.get(id));
    }
}
