package vn.motcua.zalo.support;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@link FakeZalo}'s media CDN ({@code /media/...}): the files a citizen's photo events point at, which the bot
 * downloads. A test registers a file's bytes, or a redirect, under a name and puts the URL it gets back in the
 * event; a name nobody registered answers 404.
 */
public final class FakeMedia {
    static final String PREFIX = "/media/";
    private final String baseUrl;
    private final Map<String, Consumer<HttpServerResponse>> files = new ConcurrentHashMap<>();

    FakeMedia(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Serves a PNG under {@code name}; answers the URL to send in the event. */
    public String photo(String name, byte[] png) {
        return file(name, "image/png", png);
    }

    /** Serves these bytes, with this Content-Type (null for none), under {@code name}. */
    public String file(String name, String contentType, byte[] bytes) {
        files.put(name, response -> {
            if (contentType != null) {
                response.putHeader("Content-Type", contentType);
            }
            response.end(Buffer.buffer(bytes));
        });
        return url(name);
    }

    /** Answers {@code name} with a 302 to {@code location}: the bot must not follow it wherever it leads. */
    public String redirect(String name, String location) {
        files.put(name, response -> response.setStatusCode(302).putHeader("Location", location).end());
        return url(name);
    }

    /** The URL of {@code name}, registered or not. */
    public String url(String name) {
        return baseUrl + PREFIX + name;
    }

    void clear() {
        files.clear();
    }

    void answer(HttpServerRequest request) {
        var file = files.get(request.path().substring(PREFIX.length()));
        if (file == null) {
            request.response().setStatusCode(404).end();
        } else {
            file.accept(request.response());
        }
    }
}
