package dev.aegis.pack.llmguard.onnx.testmodel;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recipe of the small injection classifier the tests load through the ONNX slot: a WordPiece
 * vocabulary from the training split, a {@code tokenizer.json} for it, a bag-of-embeddings model
 * trained on the training split through that tokenizer, written as {@code model.onnx}, and a
 * {@code config.json} naming its labels. Deterministic: {@link TestModelTest} regenerates it and
 * compares with the committed files; {@code -Donnx.regenerate=true} rewrites them.
 */
public final class TestModel {

    public static final String RESOURCE = "dev/aegis/pack/llmguard/onnx/test-model";
    public static final String MODEL = "model.onnx";
    public static final String TOKENIZER = "tokenizer.json";
    public static final String CONFIG = "config.json";
    static final BagOfEmbeddings.Settings SETTINGS = new BagOfEmbeddings.Settings(16, 8, 0.05, 2.0, Corpus.SEED);
    static final int VOCABULARY = 8_000;
    static final int WHOLE_WORDS = 4_000;
    static final int TRAINING_TOKENS = 256;

    private TestModel() {}

    /** The committed model's directory as the tests see it (under target/test-classes). */
    public static Path directory() {
        URL url = TestModel.class.getClassLoader().getResource(RESOURCE + "/" + MODEL);
        if (url == null) {
            throw new IllegalStateException("the test model " + RESOURCE + " is missing; see TestModel");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path model() {
        return directory().resolve(MODEL);
    }

    public static Path tokenizer() {
        return directory().resolve(TOKENIZER);
    }

    /** The text as both guards hand it to the model: the contracts' normalised view. */
    public static String normalized(String text) {
        return Content.of(ScanTarget.PROMPT, text).normalized().text();
    }

    /** Writes model.onnx, tokenizer.json and config.json into {@code directory}; returns the model for checks. */
    static BagOfEmbeddings generate(Path directory) throws IOException {
        List<Sample> train = Corpus.train();
        List<String> texts = train.stream().map(sample -> normalized(sample.text())).toList();
        Map<String, Integer> vocabulary = WordPieceVocabulary.of(texts, VOCABULARY, WHOLE_WORDS);
        Files.createDirectories(directory);
        Path tokenizerFile = directory.resolve(TOKENIZER);
        Files.writeString(tokenizerFile, TokenizerJson.of(vocabulary), StandardCharsets.UTF_8);
        List<long[]> ids = new ArrayList<>();
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerFile).optTruncation(true)
                .optMaxLength(TRAINING_TOKENS).build()) {
            texts.forEach(text -> ids.add(tokenizer.encode(text).getIds()));
        }
        BagOfEmbeddings model = BagOfEmbeddings.train(ids, train.stream().map(Sample::attack).toList(), vocabulary.size(), SETTINGS);
        Files.write(directory.resolve(MODEL), model.onnx());
        Files.writeString(directory.resolve(CONFIG), config(vocabulary.size()), StandardCharsets.UTF_8);
        return model;
    }

    private static String config(int vocabulary) {
        return """
                {
                  "architectures": ["AegisBagOfEmbeddings"],
                  "model_type": "aegis-test-bag-of-embeddings",
                  "id2label": {"0": "SAFE", "1": "INJECTION"},
                  "label2id": {"SAFE": 0, "INJECTION": 1},
                  "vocab_size": %d,
                  "aegis_recipe": "TestModel in the llm-guard pack's test sources: WordPiece vocabulary of %d from Corpus.train(), %s, texts truncated to %d tokens"
                }
                """.formatted(vocabulary, VOCABULARY, SETTINGS.recipe(), TRAINING_TOKENS);
    }

    /** Regenerates the committed files in the module's source tree. */
    static void regenerateSources() {
        try {
            generate(Path.of("src/test/resources").resolve(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
