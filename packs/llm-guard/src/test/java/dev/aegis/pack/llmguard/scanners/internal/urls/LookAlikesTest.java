package dev.aegis.pack.llmguard.scanners.internal.urls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookAlikesTest {

    @Test
    void aNameWhollyInCyrillicLettersThatLookLatinImitatesTheLatinOne() {
        Host host = Host.of("\u0430\u0440\u0440\u04CF\u0435.com").orElseThrow();

        assertThat(LookAlikes.mixesScripts(host.unicode())).isFalse();
        assertThat(LookAlikes.imitates(host, List.of("apple.com"))).isTrue();
        assertThat(host.ascii()).startsWith("xn--");
    }

    @Test
    void oneEditMeansOneInsertionDeletionSubstitutionOrSwap() {
        assertThat(LookAlikes.oneEditApart("example.com", "exampl.com")).isTrue();
        assertThat(LookAlikes.oneEditApart("example.com", "examplee.com")).isTrue();
        assertThat(LookAlikes.oneEditApart("example.com", "exbmple.com")).isTrue();
        assertThat(LookAlikes.oneEditApart("example.com", "exmaple.com")).isTrue();
        assertThat(LookAlikes.oneEditApart("example.com", "example.com")).isFalse();
        assertThat(LookAlikes.oneEditApart("example.com", "exmaple.org")).isFalse();
        assertThat(LookAlikes.oneEditApart("ab", "ba")).isTrue();
    }

    @Test
    void japaneseMixesScriptsAsJapaneseDoesButLatinWithCyrillicDoesNot() {
        assertThat(LookAlikes.mixesScripts("\u3068\u3046\u304D\u3087\u3046tokyo\u6771\u4EAC.jp")).isFalse();
        assertThat(LookAlikes.mixesScripts("\u0431\u0430\u043D\u043A.\u0440\u0444")).isFalse();
        assertThat(LookAlikes.mixesScripts("p\u0430ypal.com")).isTrue();
    }

    @Test
    void unrelatedDomainsDoNotImitate() {
        assertThat(LookAlikes.imitates(Host.of("wikipedia.org").orElseThrow(), List.of("example.com", "github.com"))).isFalse();
        assertThat(LookAlikes.imitates(Host.of("rnicrosoft.com").orElseThrow(), List.of("microsoft.com"))).isTrue();
    }
}
