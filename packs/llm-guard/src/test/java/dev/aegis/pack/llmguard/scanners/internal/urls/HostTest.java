package dev.aegis.pack.llmguard.scanners.internal.urls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostTest {

    @ParameterizedTest
    @CsvSource({
        "Example.COM.,          example.com,            example.com",
        "docs.example.co.uk,    docs.example.co.uk,     example.co.uk",
        "alice.github.io,       alice.github.io,        alice.github.io",
        "bücher.de,             xn--bcher-kva.de,       xn--bcher-kva.de",
        "ex%61mple.com,         example.com,            example.com",
        "www.ck,                www.ck,                 www.ck",
        "a.b.city.kawasaki.jp,  a.b.city.kawasaki.jp,   city.kawasaki.jp",
        "x.y.kawasaki.jp,       x.y.kawasaki.jp,        x.y.kawasaki.jp",
        "0x7f.1,                127.0.0.1,              127.0.0.1",
        "2130706433,            127.0.0.1,              127.0.0.1",
        "0177.0.0.01,           127.0.0.1,              127.0.0.1"})
    void hostsAreNormalisedAsBrowsersResolveThem(String written, String ascii, String domain) {
        Host host = Host.of(written).orElseThrow();

        assertThat(host.ascii()).isEqualTo(ascii);
        assertThat(host.domain()).isEqualTo(domain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "a..b", "exa mple.com", "x=y.com"})
    void namesNoBrowserWouldResolveAreNotHosts(String written) {
        assertThat(Host.of(written)).isEmpty();
    }
}
