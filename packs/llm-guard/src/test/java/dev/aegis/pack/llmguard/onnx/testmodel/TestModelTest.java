package dev.aegis.pack.llmguard.onnx.testmodel;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.onnx.OnnxModelSettings;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed test model is what its recipe makes: regenerated from the training split it gives the
 * same bytes, and ONNX Runtime running the file computes what the Java model computes. After changing
 * the training corpus or the recipe:
 * {@code ./mvnw -q -pl packs/llm-guard -am verify -Dtest=TestModelTest -Dsurefire.failIfNoSpecifiedTests=false -Donnx.regenerate=true}.
 */
class TestModelTest {

    @Test
    void regeneratingTheTestModelGivesTheCommittedFiles(@TempDir Path directory) throws IOException {
        TestModel.generate(directory);

        for (String file : List.of(TestModel.MODEL, TestModel.TOKENIZER, TestModel.CONFIG)) {
            assertThat(Files.mismatch(directory.resolve(file), TestModel.directory().resolve(file)))
                    .as("%s differs from its recipe: regenerate it (see TestModelTest)", file)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void onnxRuntimeRunningTheFileAgreesWithTheJavaModel(@TempDir Path directory) throws IOException {
        BagOfEmbeddings java = TestModel.generate(directory);
        OnnxTextClassifier runtime = OnnxTextClassifier.load(new OnnxModelSettings("onnx", directory.resolve(TestModel.MODEL),
                directory.resolve(TestModel.TOKENIZER), "INJECTION", 512, 128, 1, 1, 8, Duration.ofSeconds(30)));
        List<String> texts = Corpus.dev().stream().map(Sample::text).map(TestModel::normalized).limit(60).toList();

        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(directory.resolve(TestModel.TOKENIZER))
                .optTruncation(true).optMaxLength(512).build()) {
            double[] fromRuntime = runtime.probabilities(texts);
            for (int i = 0; i < texts.size(); i++) {
                long[] ids = tokenizer.encode(texts.get(i)).getIds();
                if (ids.length < 512) {
                    assertThat(fromRuntime[i]).as("text %d", i).isCloseTo(java.probability(ids), org.assertj.core.data.Offset.offset(1e-4));
                }
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "onnx.regenerate", matches = "true")
    void regeneratesTheCommittedFiles() {
        TestModel.regenerateSources();
        assertThat(Path.of("src/test/resources").resolve(TestModel.RESOURCE).resolve(TestModel.MODEL)).isRegularFile();
    }
}
