package dev.aegis.pack.llmguard.injection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

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

    @BeforeAll
    static void load() {
        detectors = Detector.layers(Heuristics.standard(), LinearModel.standard());
    }

    @Test
    void theFullScannersHeldOutRatesAreReportedAndHoldTheirGround() {
        List<Sample> heldOut = Corpus.heldOut();
        List<Scoreboard> boards = detectors.stream().map(detector -> Scoreboard.score(detector, heldOut, THRESHOLDS)).toList();
        System.out.println(Scoreboard.table("Held-out split, seed " + Corpus.SEED + ", default thresholds (0.5)", boards));
        Scoreboard full = boards.getLast();
        if (Boolean.getBoolean("injection.mistakes")) {
            full.mistakes().forEach(System.out::println);
        }

        assertThat(full.total(Scoreboard.attacks())).isGreaterThanOrEqualTo(500);
        assertThat(full.total(Scoreboard.benign())).isGreaterThanOrEqualTo(300);
        // The goal is TPR >= 0.95 at FPR <= 0.02; this scanner does not reach it on held-out
        // families (see the pack README). What it reaches is asserted, so a change that makes it worse fails.
        System.out.printf(Locale.ROOT, "Goal TPR >= 0.95 at FPR <= 0.02: %s (TPR %.3f, FPR %.3f)%n",
                full.truePositiveRate() >= 0.95 && full.falsePositiveRate() <= 0.02 ? "reached" : "NOT reached",
                full.truePositiveRate(), full.falsePositiveRate());
        assertThat(full.truePositiveRate()).as("TPR of the full scanner on the held-out split").isGreaterThanOrEqualTo(0.78);
        assertThat(full.falsePositiveRate()).as("FPR of the full scanner on the held-out split").isLessThanOrEqualTo(0.06);
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
        List<Detector> rows = Detector.withOnnx(name, onnx, Heuristics.standard(), LinearModel.standard());
        List<Sample> heldOut = Corpus.heldOut();
        List<Scoreboard> boards = new java.util.ArrayList<>(List.of(Scoreboard.score(detectors.getLast(), heldOut, THRESHOLDS)));
        rows.forEach(detector -> boards.add(Scoreboard.score(detector, heldOut, THRESHOLDS)));
        System.out.println(Scoreboard.table("Held-out split with the onnx slot, default thresholds (0.5)", boards));
        List<Scoreboard> dev = rows.stream().map(detector -> Scoreboard.score(detector, Corpus.dev(), THRESHOLDS)).toList();
        System.out.println(Scoreboard.table("Dev split with the onnx slot", dev));

        Scoreboard alone = boards.get(1);
        assertThat(alone.truePositiveRate()).as("the model finds attacks more often than it raises false alarms")
                .isGreaterThan(alone.falsePositiveRate() + 0.2);
        assertThat(boards.get(2).truePositiveRate()).isGreaterThanOrEqualTo(boards.getFirst().truePositiveRate());
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
        String table = Scoreboard.sweep("Full scanner on the held-out split, one threshold for every target", detectors.getLast().scanner(), heldOut);
        System.out.println(table);
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
