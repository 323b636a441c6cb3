package dev.aegis.pack.pii.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressRecognizersTest {

    private final Ipv4Recognizer ipv4 = new Ipv4Recognizer();
    private final Ipv6Recognizer ipv6 = new Ipv6Recognizer();

    @Test
    void findsIpv4AddressesWithValidOctets() {
        assertThat(Found.in(ipv4, "From 192.168.1.10, 8.8.8.8 and 255.255.255.255.")).containsExactly("192.168.1.10", "8.8.8.8", "255.255.255.255");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upgrade to 1.2.3 now", "Octets 256.1.1.1 are invalid", "OID 1.3.6.1.4.1 is registered",
        "Windows version 10.0.19041.1 ships", "Tag v1.2.3.4 exists", "Release 2.0.0.1 is out"})
    void leavesVersionStringsAndDottedRunsAlone(String text) {
        assertThat(Found.in(ipv4, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"})
    void findsIpv6AddressesFullCompressedAndWithAnIpv4Tail(String address) {
        assertThat(Found.in(ipv6, "Client " + address + " connected.")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"At 10:30:45 sharp", "Use std::vector here", "Ratio 12:34", "MAC 00:1A:2B:3C:4D:5E", "Go to a::b"})
    void leavesClockTimesScopesAndMacAddressesAlone(String text) {
        assertThat(Found.in(ipv6, text)).isEmpty();
    }
}
