package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.TestRuns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    private static final Guardrail ENGLISH_AND_GERMAN = create(LanguageConfig.allowing("en", "deu"));

    @ParameterizedTest
    @ValueSource(strings = {
        "I ordered a pair of shoes last week and they still have not arrived. Can you check the status?",
        "Ich habe letzte Woche ein Paar Schuhe bestellt und sie sind immer noch nicht angekommen.",
        "Please summarise the attached report in three bullet points for the board meeting tomorrow.",
        "Kannst du mir bitte erklären, wie die Rückerstattung funktioniert, wenn ich die Ware zurückschicke?"})
    void allowedLanguagesPass(String text) {
        assertThat(scan(ENGLISH_AND_GERMAN, text)).isEqualTo(Verdict.allow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "J'ai commandé une paire de chaussures la semaine dernière et elle n'est toujours pas arrivée.",
        "Pedí un par de zapatos la semana pasada y todavía no han llegado. ¿Puedes comprobar el estado?",
        "На прошлой неделе я заказал пару обуви, и она до сих пор не пришла. Проверьте, пожалуйста.",
        "我上周订购了一双鞋，但到现在还没有到货。你能帮我查一下订单的状态吗？谢谢你的帮助。"})
    void otherLanguagesAreRefusedNamingTheLanguageNotTheText(String text) {
        Verdict verdict = scan(ENGLISH_AND_GERMAN, text);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Block.class, block -> {
            assertThat(block.reason()).startsWith("content contains text in a language that is not allowed (");
            assertThat(block.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.rule()).isEqualTo("disallowed-language");
                assertThat(evidence.excerpt()).matches("[a-z]{3}, [0-9.]+ times likelier than any allowed language|written in [a-z]+ script, which no allowed language uses");
            });
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok thanks", "Hola!", "def f(x): return x + 1", "SELECT id FROM orders WHERE id = 42;", "12345 67890"})
    void shortOrLetterlessTextsAreLeftUndecided(String text) {
        assertThat(scan(ENGLISH_AND_GERMAN, text)).isEqualTo(Verdict.allow());
    }

    @Test
    void macrolanguagesAndThreeLetterCodesResolve() {
        Guardrail chinese = create(LanguageConfig.allowing("zh", "nor", "fa"));

        assertThat(scan(chinese, "我上周订购了一双鞋，但到现在还没有到货。你能帮我查一下订单的状态吗？谢谢你的帮助。")).isEqualTo(Verdict.allow());
    }

    @Test
    void anUnknownLanguageFailsAtLoadNamingIt() {
        assertThatThrownBy(() -> create(LanguageConfig.allowing("en", "tlh")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tlh'");
    }

    @Test
    void enforcingNeedsTheWholeAnswerFlaggingIsPostHoc() {
        assertThat(ENGLISH_AND_GERMAN.streaming()).isEqualTo(StreamingGuarantee.fullContext());
        Guardrail flag = create(new LanguageConfig(List.of("en"), ScannerAction.FLAG, null, null, null, null));
        assertThat(flag.streaming()).isEqualTo(StreamingGuarantee.postHoc());
        assertThat(scan(flag, "J'ai commandé une paire de chaussures la semaine dernière.")).isInstanceOfSatisfying(Verdict.Allow.class,
                allow -> assertThat(allow.evidence()).hasSize(1));
    }

    private static Verdict scan(Guardrail guard, String text) {
        return guard.scan(Content.of(ScanTarget.PROMPT, text), TestRuns.state("hi"));
    }

    private static Guardrail create(LanguageConfig config) {
        return new LanguageFactory().create(config, FakePluginContext.create());
    }
}
