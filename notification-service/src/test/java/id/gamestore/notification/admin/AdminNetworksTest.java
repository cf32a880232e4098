package id.gamestore.notification.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ADMIN_ALLOWED_NETWORKS: parsing (bad entries stop start-up, naming the variable and the entry) and matching. */
class AdminNetworksTest {
    private static final AdminNetworks DEFAULTS = new AdminNetworks(Arrays.asList(AdminNetworks.DEFAULT.split(",")));

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1",
        "172.31.255.255", "192.168.1.20", "::1", "[::1]", "fc00::1", "fd12:3456:789a::1", "::ffff:10.1.2.3" })
    void theDefaultsAllowLoopbackAndPrivateAddresses(String client) {
        assertThat(DEFAULTS.allows(client)).as(client).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "203.0.113.7", "8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1", "11.0.0.1",
        "::2", "2001:db8::1", "fe80::1", "::ffff:203.0.113.7", "localhost", "unknown", "", "10.0.0.1.example.com",
        "10.0.0.256" })
    void theDefaultsRefuseEverythingElse(String client) {
        assertThat(DEFAULTS.allows(client)).as(client).isFalse();
    }

    @Test
    void noAddressIsNeverAllowed() {
        assertThat(DEFAULTS.allows(null)).isFalse();
    }

    @Test
    void aBareAddressIsOneHostAndBlanksAreIgnored() {
        AdminNetworks networks = new AdminNetworks(List.of(" 198.51.100.4 ", "", "2001:db8::/32"));
        assertThat(networks.allows("198.51.100.4")).isTrue();
        assertThat(networks.allows("198.51.100.5")).isFalse();
        assertThat(networks.allows("2001:db8:ffff::1")).isTrue();
        assertThat(networks.allows("2001:db9::1")).isFalse();
        assertThat(networks.allows("127.0.0.1")).isFalse();
    }

    @Test
    void prefixesThatEndInsideAByteCompareOnlyTheirBits() {
        AdminNetworks networks = new AdminNetworks(List.of("fc00::/7", "172.16.0.0/12", "192.0.2.128/25"));
        assertThat(networks.allows("fdff:ffff::1")).isTrue();
        assertThat(networks.allows("fe00::1")).isFalse();
        assertThat(networks.allows("fe80::1")).isFalse();
        assertThat(networks.allows("172.31.0.1")).isTrue();
        assertThat(networks.allows("172.32.0.1")).isFalse();
        assertThat(networks.allows("192.0.2.128")).isTrue();
        assertThat(networks.allows("192.0.2.127")).isFalse();
        assertThat(new AdminNetworks(List.of("0.0.0.0/0")).allows("203.0.113.7")).isTrue();
        assertThat(new AdminNetworks(List.of("0.0.0.0/0")).allows("2001:db8::1")).isFalse();
    }

    @Test
    void anEmptyListAllowsNobody() {
        assertThat(new AdminNetworks(List.of()).allows("127.0.0.1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.0/33", "::1/129", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/x", "10.0.0/8",
        "example.com/8", "localhost", "10.0.0.0/8/8", "::ffff:10.0.0.0/104", "300.0.0.0/8", "*" })
    void aBadEntryIsRefusedNamingTheVariableAndTheEntry(String entry) {
        assertThatThrownBy(() -> new AdminNetworks(List.of("127.0.0.0/8", entry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADMIN_ALLOWED_NETWORKS")
                .hasMessageContaining("'" + entry + "'");
    }
}
