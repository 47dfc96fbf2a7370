package vn.motcua.zalo.bot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which photo URLs the bot may download. A webhook event names the URL, so without this list anyone able to
 * sign an event could make the server fetch internal addresses. Host patterns ({@code *.zdn.vn}) allow https on
 * the default port only; an exact origin ({@code http://127.0.0.1:8089}) allows that one origin.
 */
public final class AttachmentPolicy {
    private final List<String> patterns = new ArrayList<>();
    private final List<String> origins = new ArrayList<>();

    public AttachmentPolicy(List<String> entries) {
        for (String entry : entries) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (value.contains("://")) {
                origins.add(origin(URI.create(value)));
            } else {
                patterns.add(value);
            }
        }
    }

    public AttachmentPolicy withOrigin(String origin) {
        List<String> entries = new ArrayList<>(patterns);
        entries.addAll(origins);
        entries.add(origin);
        return new AttachmentPolicy(entries);
    }

    /** Why the URL may not be fetched, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("scheme '" + scheme + "' is not allowed");
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null) {
            return Optional.of("no plain host in the URL");
        }
        if (origins.contains(origin(uri))) {
            return Optional.empty();
        }
        if (!scheme.equals("https") || (uri.getPort() != -1 && uri.getPort() != 443)) {
            return Optional.of("only https on the default port is allowed for " + uri.getHost());
        }
        String host = host(uri);
        boolean listed = patterns.stream().anyMatch(p -> p.startsWith("*.")
                ? host.endsWith(p.substring(1)) || host.equals(p.substring(2))
                : host.equals(p));
        return listed ? Optional.empty() : Optional.of("host " + host + " is not an allowed attachment host");
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + host(uri) + ":" + port;
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
