package id.gamestore.notification.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.netty.util.NetUtil;
import io.quarkus.runtime.Startup;

/**
 * The networks the admin API answers ({@code ADMIN_ALLOWED_NETWORKS}): a comma-separated list of CIDR blocks, IPv4
 * or IPv6 (a bare address is one host). Parsed at start-up, so a wrong entry stops the service naming the variable
 * and the entry. Addresses are read only as IP literals (Netty's {@link NetUtil}), never looked up in DNS; an
 * IPv4-mapped IPv6 address counts as its IPv4 address. Matching compares the leading prefix bits here: Netty's
 * {@code IpSubnetFilterRule} (4.1.133) puts {@code fe80::1} inside {@code fc00::/7}, so it is not used.
 */
@Startup
@Singleton
public class AdminNetworks {
    static final String VARIABLE = "ADMIN_ALLOWED_NETWORKS";
    static final String DEFAULT = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";

    /** One CIDR block: the address bytes (4 or 16) and how many leading bits must match. */
    record Network(byte[] address, int prefix) {
        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (candidate[whole] & mask) == (address[whole] & mask);
        }
    }

    private final List<Network> networks;

    @Inject
    public AdminNetworks(AdminConfig config) {
        this(config.allowedNetworks());
    }

    AdminNetworks(List<String> entries) {
        this.networks = parse(entries);
    }

    /** Whether {@code host} (an IP literal, as {@code RoutingContext.request().remoteAddress().host()}) may call. */
    public boolean allows(String host) {
        InetAddress address = literal(host);
        if (address == null) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return networks.stream().anyMatch(network -> network.contains(bytes));
    }

    static List<Network> parse(List<String> entries) {
        List<Network> parsed = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.trim();
            if (!entry.isEmpty()) {
                parsed.add(network(entry));
            }
        }
        return List.copyOf(parsed);
    }

    private static Network network(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        boolean v4 = NetUtil.isValidIpV4Address(address);
        if (!v4 && !NetUtil.isValidIpV6Address(address)) {
            throw invalid(entry, "is not an IPv4 or IPv6 address, optionally followed by /prefix");
        }
        int max = v4 ? 32 : 128;
        int prefix = max;
        if (slash >= 0) {
            String digits = entry.substring(slash + 1);
            if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > max) {
                throw invalid(entry, "has a prefix length that is not a number from 0 to " + max);
            }
            prefix = Integer.parseInt(digits);
        }
        InetAddress parsed = literal(address);
        if (parsed == null || (parsed.getAddress().length == 4) != v4) {
            // "::ffff:10.0.0.0/104" and the like: say it in IPv4
            throw invalid(entry, "is an IPv4-mapped IPv6 address; write the IPv4 network instead");
        }
        return new Network(parsed.getAddress(), prefix);
    }

    /** The address of an IP literal ({@code [..]} around IPv6 allowed), or null for anything else; no DNS. */
    private static InetAddress literal(String host) {
        if (host == null) {
            return null;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(h);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes); // an IPv4-mapped IPv6 address comes back as Inet4Address
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static IllegalArgumentException invalid(String entry, String problem) {
        return new IllegalArgumentException(VARIABLE + " (notification.admin.allowed-networks): entry '" + entry
                + "' " + problem);
    }
}
