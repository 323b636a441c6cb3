package dev.aegis.pack.llmguard.injection.training;

import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.internal.linear.FeatureHasher;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import dev.aegis.pack.llmguard.injection.internal.linear.ModelFile;
import dev.aegis.pack.llmguard.injection.internal.text.ScanText;
import dev.aegis.pack.llmguard.injection.training.LogisticRegression.Example;
import dev.aegis.pack.llmguard.injection.training.LogisticRegression.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Trains the classifier on the training part of {@link Corpus#train()} (never the dev part, never the
 * held-out split) and writes {@code linear-model.bin}. Each text is read as the guard reads it
 * ({@link ScanText}: normalised, look-alikes folded, lower case) and cut into the windows the model
 * scores. Run it through {@link TrainClassifierTest} (see there); working directory: the module.
 */
public final class TrainClassifier {

    public static final Path MODEL = Path.of("src/main/resources" + LinearModel.RESOURCE);
    static final Settings SETTINGS = new Settings(18, 512, 10, 0.1, 1e-6, 2.0, Corpus.SEED);

    private TrainClassifier() {}

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : MODEL;
        LinearModel model = train();
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            ModelFile.write(model, out);
        }
        System.out.println("wrote " + target + ": " + model.recipe() + ", corpus " + model.corpusHash());
    }

    /** The model just written, read from the module's sources rather than the class path, which may hold the old one. */
    static LinearModel readBack() throws IOException {
        try (java.io.InputStream in = Files.newInputStream(MODEL)) {
            return ModelFile.read(in);
        }
    }

    static LinearModel train() {
        List<Sample> samples = Corpus.train();
        return LogisticRegression.train(examples(samples), SETTINGS, corpusHash(samples));
    }

    static List<Example> examples(List<Sample> samples) {
        List<Example> examples = new ArrayList<>();
        for (Sample sample : samples) {
            String folded = ScanText.of(sample.text()).folded();
            double weight = sample.attack() ? 1 : SETTINGS.benignWeight();
            int window = SETTINGS.window();
            if (folded.length() <= window) {
                examples.add(example(folded, 0, folded.length(), sample.attack(), weight));
                continue;
            }
            for (int start = 0; ; start += window / 2) {
                int end = Math.min(folded.length(), start + window);
                examples.add(example(folded, Math.max(0, end - window), end, sample.attack(), weight));
                if (end == folded.length()) {
                    break;
                }
            }
        }
        return examples;
    }

    private static Example example(String folded, int from, int to, boolean attack, double weight) {
        List<Integer> hashes = new ArrayList<>();
        FeatureHasher.features(folded, from, to, hash -> hashes.add(FeatureHasher.mix(hash)));
        int[] mixed = hashes.stream().mapToInt(Integer::intValue).toArray();
        return new Example(mixed, mixed.length == 0 ? 0 : 1 / Math.sqrt(mixed.length), attack, weight);
    }

    /** SHA-256 of every training text with its kind, in order: which corpus the packaged weights were learned from. */
    public static String corpusHash(List<Sample> samples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Sample sample : samples) {
                digest.update(sample.kind().name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(sample.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
