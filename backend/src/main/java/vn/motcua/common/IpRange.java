package vn.motcua.common;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * An IP address or CIDR range ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), parsed without any DNS look-up, and
 * the helpers that turn what clients and proxies send into comparable address strings.
 */
public final class IpRange {
    private final byte[] network;
    private final int prefixBits;

    private IpRange(byte[] network, int prefixBits) {
        this.network = network;
        this.prefixBits = prefixBits;
    }

    /** Parses an address or a range; throws IllegalArgumentException for anything else (a host name, say). */
    public static IpRange parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        byte[] address = bytes(slash < 0 ? value : value.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("not an IP address or range: " + text);
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in " + text, e);
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("bad prefix length in " + text);
            }
        }
        return new IpRange(address, bits);
    }

    public boolean contains(String address) {
        byte[] candidate = bytes(address);
        if (candidate == null || candidate.length != network.length) {
            return false;
        }
        int full = prefixBits / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    /**
     * The rate-limiting identity of an address: IPv4 as is, IPv6 as its /64 (one subscriber's network: a phone
     * can take any address in it), IPv4-mapped IPv6 as IPv4. Anything that is not an IP address is kept, cut to
     * 100 characters.
     */
    public static String clientKey(String address) {
        byte[] bytes = bytes(address);
        if (bytes == null) {
            String value = address == null ? "unknown" : address.strip();
            return value.length() > 100 ? value.substring(0, 100) : value;
        }
        if (bytes.length == 16) {
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
            return format(network) + "/64";
        }
        return format(bytes);
    }

    /** The bytes of an IP literal (brackets, a port and an IPv6 zone are ignored); null when it is none. */
    static byte[] bytes(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? value : value.substring(1, end);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':') && value.indexOf('.') > 0) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static String format(byte[] bytes) {
        try {
            return NetUtil.toAddressString(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + bytes.length + " bytes", e);
        }
    }
}
