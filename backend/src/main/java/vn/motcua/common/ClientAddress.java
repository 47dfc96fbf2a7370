package vn.motcua.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.config.MotCuaConfig;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, for rate limits: the peer's IP, or, only when the peer is a configured trusted proxy,
 * the nearest untrusted address in X-Forwarded-For (anyone else could forge that header).
 */
@ApplicationScoped
public class ClientAddress {
    private final Set<String> trustedProxies;

    public ClientAddress(MotCuaConfig config) {
        this.trustedProxies = Set.copyOf(config.http().trustedProxies().orElse(List.of()));
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
