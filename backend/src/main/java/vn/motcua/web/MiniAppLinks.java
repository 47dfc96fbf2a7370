package vn.motcua.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.zalo.ZaloConfig;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Deep links into the Zalo Mini App: {@code https://zalo.me/s/{miniAppId}/dossier?code=...&t=...}. Only
 * requests from Zalo's in-app browser are sent there; every other browser gets the web page.
 */
@ApplicationScoped
public class MiniAppLinks {
    private static final Pattern ZALO_BROWSER = Pattern.compile("\\bZalo", Pattern.CASE_INSENSITIVE);
    private final Optional<String> miniAppId;

    public MiniAppLinks(ZaloConfig zalo) {
        this.miniAppId = zalo.miniAppId().filter(id -> !id.isBlank()).map(String::strip);
    }

    /** The Mini App's public link, {@code https://zalo.me/s/{miniAppId}/}, when a Mini App is configured. */
    public Optional<String> home() {
        return miniAppId.map(id -> "https://zalo.me/s/" + id + "/");
    }

    public Optional<URI> redirectFor(String userAgent, String code, String token) {
        if (miniAppId.isEmpty() || userAgent == null || !ZALO_BROWSER.matcher(userAgent).find()) {
            return Optional.empty();
        }
        StringBuilder link = new StringBuilder("https://zalo.me/s/").append(miniAppId.get())
                .append("/dossier?code=").append(URLEncoder.encode(code.strip(), StandardCharsets.UTF_8));
        if (token != null && !token.isBlank()) {
            link.append("&t=").append(URLEncoder.encode(token.strip(), StandardCharsets.UTF_8));
        }
        return Optional.of(URI.create(link.toString()));
    }
}
