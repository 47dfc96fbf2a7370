package vn.motcua.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpRangeTest {

    @Test
    void rangesMatchTheirAddressesOnly() {
        IpRange tenSlash8 = IpRange.parse("10.0.0.0/8");
        assertThat(tenSlash8.contains("10.255.1.2")).isTrue();
        assertThat(tenSlash8.contains("11.0.0.1")).isFalse();
        assertThat(tenSlash8.contains("::ffff:10.1.1.1")).isTrue();
        assertThat(tenSlash8.contains("not an address")).isFalse();
        assertThat(IpRange.parse("172.16.0.0/12").contains("172.31.255.255")).isTrue();
        assertThat(IpRange.parse("172.16.0.0/12").contains("172.32.0.0")).isFalse();
        assertThat(IpRange.parse("2001:db8::/32").contains("2001:db8:1::7")).isTrue();
        assertThat(IpRange.parse("2001:db8::/32").contains("10.0.0.1")).isFalse();
        assertThat(IpRange.parse("192.0.2.1").contains("192.0.2.1")).isTrue();
        assertThat(IpRange.parse("192.0.2.1").contains("192.0.2.2")).isFalse();
    }

    @Test
    void hostNamesAndBadPrefixesAreRefusedWithoutAnyLookUp() {
        assertThatThrownBy(() -> IpRange.parse("proxy.example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIpv6ClientCountsPerSlash64AndPortsAndBracketsAreIgnored() {
        assertThat(IpRange.clientKey("2001:db8:aa:bb:1:2:3:4")).isEqualTo(IpRange.clientKey("[2001:db8:aa:bb:ffff::1]:443"))
                .isEqualTo("2001:db8:aa:bb::/64");
        assertThat(IpRange.clientKey("2001:db8:aa:bc::1")).isNotEqualTo(IpRange.clientKey("2001:db8:aa:bb::1"));
        assertThat(IpRange.clientKey("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(IpRange.clientKey("198.51.100.7:5555")).isEqualTo("198.51.100.7");
        assertThat(IpRange.clientKey("x".repeat(500))).hasSize(100);
    }
}
