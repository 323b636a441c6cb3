package dev.aegis.pack.llmguard.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig.Layer;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig.Mode;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InjectionGuardConfigTest {

    @Test
    void defaultsBlockAtHalfOnPromptsToolResultsAndRetrievedChunksWithEveryLayer() {
        InjectionGuardConfig config = ConfigBinding.bindYaml(InjectionGuardConfig.class, "");

        assertThat(config.mode()).isEqualTo(Mode.BLOCK);
        for (ScanTarget target : ScanTarget.values()) {
            assertThat(config.thresholds().of(target)).as("threshold of %s", target).isEqualTo(0.5);
        }
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.RAG_CHUNK);
        assertThat(config.layers()).containsExactlyInAnyOrder(Layer.values());
        assertThat(config.decoding().maxDepth()).isEqualTo(2);
        assertThat(config.decoding().maxRuns()).isEqualTo(16);
        assertThat(config.decoding().maxDecodedChars()).isEqualTo(65_536);
        assertThat(config.scanSystemMessages()).isFalse();
        assertThat(config.embeddingLayer()).isEmpty();
        assertThat(config).isEqualTo(InjectionGuardConfig.defaults());
    }

    @Test
    void bindsEveryKey() {
        InjectionGuardConfig config = ConfigBinding.bindYaml(InjectionGuardConfig.class, """
                mode: require-approval
                thresholds: {prompt: 0.6, tool-result: 0.4, rag-chunk: 0.45, tool-arguments: 0.7, response: 0.8}
                targets: [prompt, response]
                layers: [heuristics, decoders]
                decoding: {max-depth: 1, max-runs: 4, max-decoded-chars: 1000}
                scan-system-messages: true
                """);

        assertThat(config.mode()).isEqualTo(Mode.REQUIRE_APPROVAL);
        assertThat(config.thresholds().of(ScanTarget.PROMPT)).isEqualTo(0.6);
        assertThat(config.thresholds().of(ScanTarget.TOOL_RESULT)).isEqualTo(0.4);
        assertThat(config.thresholds().of(ScanTarget.RAG_CHUNK)).isEqualTo(0.45);
        assertThat(config.thresholds().of(ScanTarget.TOOL_ARGUMENTS)).isEqualTo(0.7);
        assertThat(config.thresholds().of(ScanTarget.RESPONSE)).isEqualTo(0.8);
        assertThat(config.targets()).isEqualTo(Set.of(ScanTarget.PROMPT, ScanTarget.RESPONSE));
        assertThat(config.layers()).isEqualTo(Set.of(Layer.HEURISTICS, Layer.DECODERS));
        assertThat(config.decoding()).isEqualTo(new InjectionGuardConfig.Decoding(1, 4, 1000));
        assertThat(config.scanSystemMessages()).isTrue();
    }

    @Test
    void theEmbeddingLayerNeedsOnlyItsEmbeddersNameAndBindsEveryOtherKey() {
        InjectionGuardConfig defaults = ConfigBinding.bindYaml(InjectionGuardConfig.class, "embedding: {embedder: minilm}");
        InjectionGuardConfig full = ConfigBinding.bindYaml(InjectionGuardConfig.class, """
                embedding: {embedder: minilm, weight: 0.4, gate-low: 0.1, gate-high: 0.9, neighbours: 7, window-characters: 600}
                """);

        assertThat(defaults.embeddingLayer()).contains(new InjectionGuardConfig.Embedding("minilm", 0.3, null, null, 3, 800));
        assertThat(full.embeddingLayer()).contains(new InjectionGuardConfig.Embedding("minilm", 0.4, 0.1, 0.9, 7, 600));
    }

    @Test
    void theEmbeddingLayersBandIsByDefaultWhereTheBlendCanChangeADecision() {
        InjectionGuardConfig config = ConfigBinding.bindYaml(InjectionGuardConfig.class, """
                thresholds: {prompt: 0.4, tool-result: 0.6, rag-chunk: 0.5}
                embedding: {embedder: minilm, weight: 0.2}
                """);
        InjectionGuardConfig.Embedding set = new InjectionGuardConfig.Embedding("minilm", 0.2, 0.1, 0.9, null, null);

        assertThat(config.embedding().band(config.thresholds(), config.targets())).containsExactly(new double[] {0.25, 0.75}, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(set.band(config.thresholds(), config.targets())).containsExactly(0.1, 0.9);
    }

    @Test
    void anEmbeddingLayerWithoutAnEmbedderOrWithItsBandUpsideDownIsRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(InjectionGuardConfig.class, "embedding: {weight: 0.4}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors().toString()).contains("embedder"));
        assertThatThrownBy(() -> ConfigBinding.bindYaml(InjectionGuardConfig.class, "embedding: {embedder: minilm, gate-low: 0.8, gate-high: 0.2}"))
                .hasMessageContaining("gate-low");
    }

    @Test
    void flagModeBinds() {
        assertThat(ConfigBinding.bindYaml(InjectionGuardConfig.class, "mode: flag").mode()).isEqualTo(Mode.FLAG);
    }

    @Test
    void aThresholdAboveOneIsRejectedWithItsPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(InjectionGuardConfig.class, "thresholds: {tool-result: 1.5}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.toString()).contains("tool-result")));
    }

    @Test
    void decodingDeeperThanFourIsRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(InjectionGuardConfig.class, "decoding: {max-depth: 9}"))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void anUnknownKeyIsRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(InjectionGuardConfig.class, "treshold: 0.5")).isInstanceOf(ConfigException.class);
    }
}
