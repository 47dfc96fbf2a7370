package vn.motcua.common;

import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.config.MotCuaConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is calling, for rate limits: the peer's IP, or, only when the peer is a configured trusted proxy (an
 * address or a CIDR range), the rightmost address in X-Forwarded-For that is not a trusted proxy. Everything left
 * of it was written by the client and could be forged. The header may come as several lines (one per proxy, or
 * one forged by the client): they are read in order as one list, never just the first line. IPv6 clients count
 * per /64 (see {@link IpRange#clientKey}).
 */
@ApplicationScoped
@Startup
public class ClientAddress {
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private final List<IpRange> trustedProxies;

    @Inject
    public ClientAddress(MotCuaConfig config) {
        this(config.http().trustedProxies().orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().filter(value -> !value.isBlank()).map(ClientAddress::proxy).toList();
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return of(peer, request.headers().getAll(FORWARDED_FOR));
    }

    /** The client behind {@code peer}, given every X-Forwarded-For line of the request in order. */
    String of(String peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return IpRange.clientKey(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return IpRange.clientKey(hops.get(i));
            }
        }
        return IpRange.clientKey(peer);
    }

    private static IpRange proxy(String value) {
        try {
            return IpRange.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("motcua.http.trusted-proxies: " + e.getMessage()
                    + " (give IP addresses or CIDR ranges, no host names)", e);
        }
    }

    private boolean trusted(String address) {
        for (IpRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
