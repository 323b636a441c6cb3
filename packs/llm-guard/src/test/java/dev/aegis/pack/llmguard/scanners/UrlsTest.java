package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    private static final Guardrail LISTED = create(new UrlsConfig(List.of("example.com", "bücher.de"), List.of("evil.net"), null, null,
            ScannerAction.BLOCK, null, null, null));
    private static final Guardrail DENY_ONLY = create(new UrlsConfig(null, List.of("evil.net", "198.51.100.7"), null, null,
            ScannerAction.BLOCK, null, null, null));

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "https://docs.example.com/a/b?c=d#e", "http://EXAMPLE.COM.", "see www.example.com today",
        "example.com", "[docs](https://example.com/docs)", "![logo](https://cdn.example.com/logo.png)", "<https://example.com>",
        "https://xn--bcher-kva.de/buch", "https://bücher.de", "mail me at bob@gmail.com", "https://example.com:8443/x"})
    void listedDomainsAndTheirSubdomainsPass(String text) {
        assertThat(scan(LISTED, "Look: " + text + ".")).isEqualTo(Verdict.allow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://evil.net/x                      | denied-domain   | evil.net",
        "https://cdn.evil.net/x                  | denied-domain   | evil.net",
        "evil.net                                | denied-domain   | evil.net",
        "write to spy@evil.net                   | denied-domain   | evil.net",
        "https://ev%69l.net/                     | denied-domain   | evil.net",
        "https:\\\\evil.net\\x                   | denied-domain   | evil.net",
        "ｈｔｔｐｓ：／／ｅｖｉｌ．ｎｅｔ             | denied-domain   | evil.net",
        "https://evil。net/                       | denied-domain   | evil.net",
        "https://e\u200Bvil.net/                 | denied-domain   | evil.net",
        "https://example.com@evil.org/login      | userinfo        | evil.org",
        "https://user:pw@example.com/            | userinfo        | example.com",
        "https://other.org/                      | unlisted-domain | other.org",
        "https://exarnple.com/                   | look-alike      | exarnple.com",
        "https://examp1e.com/                    | look-alike      | examp1e.com",
        "https://exmaple.com/                    | look-alike      | exmaple.com",
        "https://example.co/                     | look-alike      | example.co",
        "https://example.com.evil.org/           | look-alike      | evil.org",
        "https://\u0435xample.com/               | mixed-script    | xn--xample-2of.com",
        "https://p\u0430ypal.org/                | mixed-script    | xn--pypal-4ve.org",
        "http://2130706433/                      | unlisted-domain | 127.0.0.1"})
    void refusedLinksNameTheirRuleAndRegistrableDomainOnly(String link, String rule, String domain) {
        Verdict verdict = scan(LISTED, "Click " + link + " now");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.evidence()).extracting(Evidence::rule, Evidence::excerpt).containsExactly(Tuple.tuple(rule, domain));
            assertThat(block.reason()).contains(rule).doesNotContain("/x").doesNotContain("login");
        });
    }

    @Test
    void withoutAnAllowListOnlyDeniedDomainsDisguisesAndImagesAreRefused() {
        assertThat(scan(DENY_ONLY, "see https://anything.org/page and docs.python.org")).isEqualTo(Verdict.allow());
        assertThat(rules(DENY_ONLY, "http://0xC6.51.0x64.7/")).containsExactly("denied-domain");
        assertThat(rules(DENY_ONLY, "![x](https://anything.org/p.png?data=secret)")).containsExactly("image");
        assertThat(rules(DENY_ONLY, "<img alt=\"x\" src=\"https://anything.org/p.png\">")).containsExactly("image");
        assertThat(rules(DENY_ONLY, "https://g\u043Eogle.com/")).containsExactly("mixed-script");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Use ASP.NET and Socket.IO", "run setup.py then edit notes.md and README.md", "open archive.zip", "version 1.2.3 or e.g. this",
        "i.e. the end.", "Node.js and Vue.js", "call obj.method() on x.y", "3.14 is pi"})
    void namesThatOnlyLookLikeDomainsAreNotLinks(String text) {
        Guardrail strict = create(new UrlsConfig(List.of("example.com"), null, null, null, ScannerAction.BLOCK, null, null, null));

        assertThat(scan(strict, text)).isEqualTo(Verdict.allow());
    }

    @Test
    void sanitizeRemovesTheWholeMarkdownConstructAndKeepsSentencePunctuation() {
        Guardrail guard = create(new UrlsConfig(List.of("example.com"), null, null, null, null, null, null, null));

        Verdict verdict = scan(guard, "See [this](https://evil.org/a(b)c \"t\"), ![img](//evil.org/p.png) and https://evil.org/x. Or https://example.com/ok.");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Sanitize.class, sanitize -> assertThat(sanitize.content())
                .isEqualTo("See [link removed], [link removed] and [link removed]. Or https://example.com/ok."));
    }

    @Test
    void evidenceSpansAreInTheOriginalText() {
        String text = "go to ｅｖｉｌ．ｎｅｔ/x now";

        Verdict verdict = scan(DENY_ONLY, text);

        assertThat(verdict.evidence()).singleElement().satisfies(evidence ->
                assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo("ｅｖｉｌ．ｎｅｔ/x"));
    }

    @Test
    void anAllowListHoldsTheWholeAnswerADenyListAWindow() {
        assertThat(LISTED.streaming()).isEqualTo(StreamingGuarantee.fullContext());
        assertThat(DENY_ONLY.streaming()).isEqualTo(StreamingGuarantee.window(640));
        assertThat(create(new UrlsConfig(null, null, null, null, ScannerAction.FLAG, null, null, null)).streaming())
                .isEqualTo(StreamingGuarantee.postHoc());
    }

    @Test
    void anEntryThatIsNotADomainFailsAtLoadNamingIt() {
        assertThatThrownBy(() -> create(new UrlsConfig(List.of("example.com", "https://x.org/"), null, null, null, null, null, null, null)))
                .hasMessageContaining("allow[1]");
    }

    private static List<String> rules(Guardrail guard, String text) {
        return scan(guard, text).evidence().stream().map(Evidence::rule).toList();
    }

    private static Verdict scan(Guardrail guard, String text) {
        return guard.scan(Content.of(ScanTarget.RESPONSE, text), TestRuns.state("hi"));
    }

    private static Guardrail create(UrlsConfig config) {
        return new UrlsFactory().create(config, FakePluginContext.create());
    }
}
