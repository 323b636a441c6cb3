package dev.aegis.pack.llmguard.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnnxClassifierConfigTest {

    @Test
    void defaultsBlockAtHalfWithWindowsOf512Tokens() {
        OnnxClassifierConfig config = ConfigBinding.bindYaml(OnnxClassifierConfig.class, "{model: /m/model.onnx, tokenizer: /m/tokenizer.json}");

        assertThat(config).isEqualTo(OnnxClassifierConfig.of("/m/model.onnx", "/m/tokenizer.json"));
        assertThat(config.threshold()).isEqualTo(0.5);
        assertThat(config.mode()).isEqualTo(Mode.BLOCK);
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.RAG_CHUNK);
        assertThat(config.settings()).isEqualTo(new OnnxModelSettings("onnx-classifier", Path.of("/m/model.onnx"), Path.of("/m/tokenizer.json"),
                "1", 512, 128, 1, 2, 8, Duration.ofSeconds(5)));
    }

    @Test
    void bindsEveryKey() {
        OnnxClassifierConfig config = ConfigBinding.bindYaml(OnnxClassifierConfig.class, """
                model: /models/toxicity/model.onnx
                tokenizer: /models/toxicity/tokenizer.json
                label: toxic
                threshold: 0.8
                mode: flag
                targets: [response]
                max-tokens: 256
                stride: 32
                threads: 2
                concurrency: 4
                batch: 16
                timeout: 2s
                """);

        assertThat(config.mode()).isEqualTo(Mode.FLAG);
        assertThat(config.threshold()).isEqualTo(0.8);
        assertThat(config.targets()).isEqualTo(Set.of(ScanTarget.RESPONSE));
        assertThat(config.settings()).isEqualTo(new OnnxModelSettings("onnx-classifier", Path.of("/models/toxicity/model.onnx"),
                Path.of("/models/toxicity/tokenizer.json"), "toxic", 256, 32, 2, 4, 16, Duration.ofSeconds(2)));
    }

    @Test
    void theModelAndItsTokenizerAreRequired() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OnnxClassifierConfig.class, "{model: /m/model.onnx}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tokenizer");
    }

    @Test
    void aStrideOfMoreThanHalfAWindowIsRefused() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(OnnxClassifierConfig.class, "{model: m.onnx, tokenizer: t.json, max-tokens: 64, stride: 40}")
                .settings())
                .hasMessageContaining("onnx-classifier.stride: 40 must be between 0 and half of max-tokens (32)");
    }
}
