package vn.motcua.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the client is, for rate limits, without a server: the rules {@link ClientAddressTest} shows end to end
 * behind a proxy, plus the one a test behind a trusted proxy cannot show, that a stranger's X-Forwarded-For is ignored.
 */
class ClientAddressRulesTest {
    private final ClientAddress behindProxy = new ClientAddress(List.of("10.0.0.0/8", "127.0.0.1"));

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        ClientAddress direct = new ClientAddress(List.of("10.9.9.9"));
        assertThat(direct.of("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("127.0.0.1");
        assertThat(new ClientAddress(List.of()).of("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(behindProxy.of("127.0.0.1", List.of("1.2.3.4, 198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxy.of("127.0.0.1", List.of("1.2.3.4", "198.51.100.40"))).as("every line counts, in order")
                .isEqualTo("198.51.100.40");
        assertThat(behindProxy.of("127.0.0.1", List.of("5.6.7.8, 198.51.100.40", "10.1.2.3")))
                .as("trusted proxies in a CIDR range on the right are skipped").isEqualTo("198.51.100.40");
    }

    @Test
    void aTrustedPeerWithoutAnUntrustedHopIsItselfTheClient() {
        assertThat(behindProxy.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
        assertThat(behindProxy.of("10.0.0.5", List.of("10.0.0.6", " , "))).isEqualTo("10.0.0.5");
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        assertThat(behindProxy.of("127.0.0.1", List.of("2001:db8:1:2:aaaa::1")))
                .isEqualTo(behindProxy.of("127.0.0.1", List.of("2001:db8:1:2:bbbb::9")));
    }
}
