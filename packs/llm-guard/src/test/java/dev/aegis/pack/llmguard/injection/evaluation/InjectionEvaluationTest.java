package dev.aegis.pack.llmguard.injection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import dev.aegis.pack.llmguard.injection.internal.InjectionScanner;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import dev.aegis.pack.llmguard.onnx.OnnxModelSettings;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;
import dev.aegis.pack.llmguard.onnx.testmodel.TestModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@code injection-guard} on the held-out split, which no training or tuning step reads:
 * TPR per kind of attack and FPR per kind of benign text, for each layer alone and for the full
 * layered scanner, at the default thresholds.
 * {@code ./mvnw -q -pl packs/llm-guard -am verify -Dtest=InjectionEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dinjection.mistakes=true} lists every miss and false alarm of the full scanner).
 */
class InjectionEvaluationTest {

    private static final InjectionGuardConfig.Thresholds THRESHOLDS = InjectionGuardConfig.Thresholds.defaults();

    private static List<Detector> detectors;
    private static List<Detector> withEmbedding;
    private static String embedderModel;
    private static EmbeddingProvider embedder;

    @BeforeAll
    static void load() {
        detectors = Detector.layers(Heuristics.standard(), LinearModel.standard());
        embedder = EvaluationEmbedder.load();
        embedderModel = embedder.model();
        withEmbedding = Detector.embedding(Heuristics.standard(), LinearModel.standard(), embedder, new InjectionGuardConfig.Embedding("minilm"));
    }

    @Test
    void theFullScannersHeldOutRatesAreReportedAndHoldTheirGround() {
        List<Sample> heldOut = Corpus.heldOut();
        List<Scoreboard> boards = detectors.stream().map(detector -> Scoreboard.score(detector, heldOut, THRESHOLDS)).toList();
        List<Scoreboard> embedded = withEmbedding.stream().map(detector -> Scoreboard.score(detector, heldOut, THRESHOLDS)).toList();
        System.out.println(Scoreboard.table("Held-out split, seed " + Corpus.SEED + ", default thresholds (0.5); embedding layer over " + embedderModel,
                java.util.stream.Stream.concat(boards.stream(), embedded.stream()).toList()));
        InjectionScanner gated = withEmbedding.getLast().scanner();
        long ran = heldOut.stream().filter(sample -> gated.assess(sample.text()).embedding().isPresent()).count();
        System.out.printf(Locale.ROOT, "The gated embedding layer ran on %d of %d held-out texts (%.1f %%)%n", ran, heldOut.size(), 100.0 * ran / heldOut.size());
        Scoreboard linear = boards.getLast();
        System.out.printf(Locale.ROOT, "Linear layers: TPR %.3f, FPR %.3f%n", linear.truePositiveRate(), linear.falsePositiveRate());
        Scoreboard full = embedded.getLast();
        if (Boolean.getBoolean("injection.mistakes")) {
            full.mistakes().forEach(System.out::println);
        }

        assertThat(full.total(Scoreboard.attacks())).isGreaterThanOrEqualTo(500);
        assertThat(full.total(Scoreboard.benign())).isGreaterThanOrEqualTo(300);
        // The goal is TPR >= 0.95 at FPR <= 0.02; this scanner does not reach it on held-out
        // families (see the pack README). What it reaches (fourth run) is asserted, so a change that makes it worse fails.
        System.out.printf(Locale.ROOT, "Goal TPR >= 0.95 at FPR <= 0.02: %s (TPR %.3f, FPR %.3f)%n",
                full.truePositiveRate() >= 0.95 && full.falsePositiveRate() <= 0.02 ? "reached" : "NOT reached",
                full.truePositiveRate(), full.falsePositiveRate());
        assertThat(linear.truePositiveRate()).as("TPR of the linear layers on the held-out split").isGreaterThanOrEqualTo(0.84);
        assertThat(linear.falsePositiveRate()).as("FPR of the linear layers on the held-out split").isLessThanOrEqualTo(0.06);
        if (!embedderModel.equals(FakeEmbeddingProvider.DEFAULT_MODEL)) {
            assertThat(full.truePositiveRate()).as("TPR with the embedding layer on the held-out split").isGreaterThanOrEqualTo(0.86);
            assertThat(full.falsePositiveRate()).as("FPR with the embedding layer on the held-out split").isLessThanOrEqualTo(0.07);
        }
    }

    /**
     * The onnx slot alone and as one more layer, with the repository's tiny test model unless
     * {@code -Dinjection.onnx.model=/path/model.onnx} (tokenizer.json and config.json beside it;
     * {@code -Dinjection.onnx.label=INJECTION}) names an operator's model.
     */
    @Test
    void theOnnxSlotIsReportedAloneAndWithTheOtherLayers() {
        String configured = System.getProperty("injection.onnx.model");
        Path model = configured == null ? TestModel.model() : Path.of(configured);
        String name = configured == null ? "onnx test model (bag of embeddings)" : "onnx " + model.getFileName();
        OnnxTextClassifier onnx = OnnxTextClassifier.load(new OnnxModelSettings("onnx", model, model.resolveSibling("tokenizer.json"),
                System.getProperty("injection.onnx.label", "INJECTION"), 512, 128, 2, 2, 8, Duration.ofMinutes(1)));
        List<Detector> rows = Detector.withOnnx(name, onnx, Heuristics.standard(), LinearModel.standard(), embedder,
                new InjectionGuardConfig.Embedding("minilm"));
        List<Sample> heldOut = Corpus.heldOut();
        List<Scoreboard> boards = new java.util.ArrayList<>(List.of(Scoreboard.score(detectors.getLast(), heldOut, THRESHOLDS)));
        rows.forEach(detector -> boards.add(Scoreboard.score(detector, heldOut, THRESHOLDS)));
        boards.add(1, Scoreboard.score(withEmbedding.getLast(), heldOut, THRESHOLDS));
        System.out.println(Scoreboard.table("Held-out split with the onnx slot, default thresholds (0.5); embedding layer over " + embedderModel, boards));
        List<Scoreboard> dev = rows.stream().map(detector -> Scoreboard.score(detector, Corpus.dev(), THRESHOLDS)).toList();
        System.out.println(Scoreboard.table("Dev split with the onnx slot", dev));

        // rows: linear, linear + embedding (gated), onnx alone, linear + onnx, linear + embedding (gated) + onnx
        Scoreboard alone = boards.get(2);
        assertThat(alone.truePositiveRate()).as("the model finds attacks more often than it raises false alarms")
                .isGreaterThan(alone.falsePositiveRate() + 0.2);
        // noisy-or only raises scores: adding the onnx layer never loses an attack the other layers caught
        assertThat(boards.get(3).truePositiveRate()).isGreaterThanOrEqualTo(boards.getFirst().truePositiveRate());
        assertThat(boards.get(4).truePositiveRate()).isGreaterThanOrEqualTo(boards.get(1).truePositiveRate());
    }

    @Test
    void promptfooTemplatesKeptOutOfTrainingAreReported() {
        List<Sample> templates = Corpus.heldOutJailbreakTemplates();
        List<Scoreboard> boards = detectors.stream().map(detector -> Scoreboard.score(detector, templates, THRESHOLDS)).toList();
        System.out.println(Scoreboard.table("promptfoo jailbreak templates kept out of training (every 4th), with held-out requests", boards));

        assertThat(boards.getLast().truePositiveRate()).isGreaterThan(0.8);
    }

    @Test
    void theFullScannersTradeOffIsReportedAcrossThresholds() {
        List<Sample> heldOut = Corpus.heldOut();
        String table = Scoreboard.sweep("Full scanner (linear layers) on the held-out split, one threshold for every target", detectors.getLast().scanner(), heldOut);
        System.out.println(table);
        System.out.println(Scoreboard.sweep("Full scanner with the gated embedding layer over " + embedderModel, withEmbedding.getLast().scanner(), heldOut));
        assertThat(table).contains("| 0.5 |");
    }

    @Test
    void eachWayOfHidingAnAttackIsReported() {
        InjectionScanner full = detectors.getLast().scanner();
        InjectionScanner plain = detectors.get(2).scanner();
        StringBuilder table = new StringBuilder("\nHeld-out attacks hidden each way (25 each): TPR\n| hidden as | full scanner | without decoders |\n|---|---:|---:|\n");
        java.util.Map<String, List<Sample>> byWay = new java.util.TreeMap<>(Corpus.heldOut().stream()
                .filter(sample -> sample.kind() == Kind.OBFUSCATED).collect(java.util.stream.Collectors.groupingBy(Sample::family)));
        for (java.util.Map.Entry<String, List<Sample>> way : byWay.entrySet()) {
            table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", way.getKey(), rate(full, way.getValue()), rate(plain, way.getValue())));
        }
        System.out.println(table);
        assertThat(byWay).hasSize(9);
    }

    private static double rate(InjectionScanner scanner, List<Sample> samples) {
        return samples.stream().filter(sample -> scanner.assess(sample.text()).score() >= THRESHOLDS.of(sample.target())).count() / (double) samples.size();
    }

    @Test
    void scanningTimeOfAKilobytePromptIsReported() {
        String prompt = String.join(" ", Corpus.heldOut().stream().filter(sample -> sample.kind() == Kind.BENIGN).map(Sample::text).limit(40).toList());
        String kilobyte = prompt.substring(0, Math.min(1024, prompt.length()));
        InjectionScanner full = detectors.getLast().scanner();
        // printed, never asserted: tests do not judge time (bench/ does)
        System.out.printf(Locale.ROOT, "Scanning %d characters with every layer: %.1f µs of CPU time per scan (JMH: bench/ InjectionGuardBenchmark)%n",
                kilobyte.length(), cpuMicros(() -> full.assess(kilobyte)));
    }

    private static double cpuMicros(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2_000; i++) {
            work.run();
        }
        int runs = 3_000;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / runs;
    }
}
