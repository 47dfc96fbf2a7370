package vn.motcua.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.config.MotCuaConfig;

import java.util.List;
import java.util.Set;

/**
 * Whether the browser reached us over HTTPS: directly, or through a configured trusted proxy that says so in
 * {@code X-Forwarded-Proto} (anyone else could forge that header). Decides whether cookies are {@code Secure}.
 */
@ApplicationScoped
public class RequestScheme {
    private final Set<String> trustedProxies;

    public RequestScheme(MotCuaConfig config) {
        this.trustedProxies = Set.copyOf(config.http().trustedProxies().orElse(List.of()));
    }

    public boolean https(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (peer == null || !trustedProxies.contains(peer)) {
            return false;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null) {
            return false;
        }
        // a chain of proxies appends: the first value is what the browser used
        int comma = proto.indexOf(',');
        return "https".equalsIgnoreCase((comma < 0 ? proto : proto.substring(0, comma)).strip());
    }
}
