package dev.aegis.pack.llmguard.injection.evaluation;

import static dev.aegis.pack.llmguard.injection.evaluation.ScoredSet.attack;
import static dev.aegis.pack.llmguard.injection.evaluation.ScoredSet.benign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import dev.aegis.pack.llmguard.injection.internal.InjectionScanner;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import dev.aegis.pack.llmguard.onnx.OnnxModelSettings;
import dev.aegis.pack.llmguard.onnx.internal.OnnxTextClassifier;
import dev.aegis.pack.llmguard.onnx.testmodel.TestModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures {@code injection-guard} on the fresh held-out set (see {@link FreshHeldOut}): each layer alone and
 * the layered scanner, with the embedding layer and with the repository's ONNX test model, at the default
 * thresholds, plus the best single threshold at FPR <= 2 % — chosen on this same set, so an optimistic number.
 * Slow (every text through MiniLM and the ONNX model):
 * {@code ./mvnw -o -q -B verify -pl packs/llm-guard -am -Dtest=FreshHeldOutEvaluationTest -Dinjection.fresh=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dinjection.mistakes=true} lists every miss and false alarm of the full scanner with and without the ONNX test model).
 * No rate is asserted: a floor pinned here would invite tuning against this set, which would wear it out.
 */
@EnabledIfSystemProperty(named = "injection.fresh", matches = "true")
class FreshHeldOutEvaluationTest {

    private static final InjectionGuardConfig.Thresholds THRESHOLDS = InjectionGuardConfig.Thresholds.defaults();
    private static final double GOAL_TPR = 0.95;
    private static final double GOAL_FPR = 0.02;

    @Test
    void everyLayerAndTheLayeredScannerAreReportedOnTheFreshSet() {
        List<Sample> samples = FreshHeldOut.samples();
        Heuristics heuristics = Heuristics.standard();
        LinearModel model = LinearModel.standard();
        EmbeddingProvider embedder = EvaluationEmbedder.load();
        InjectionGuardConfig.Embedding embedding = new InjectionGuardConfig.Embedding("minilm");
        List<Detector> detectors = new ArrayList<>(Detector.layers(heuristics, model));
        detectors.addAll(Detector.embedding(heuristics, model, embedder, embedding));
        detectors.addAll(Detector.withOnnx("onnx test model", onnxTestModel(), heuristics, model, embedder, embedding));
        List<ScoredSet> sets = detectors.stream().map(detector -> ScoredSet.score(detector, samples)).toList();

        String title = "Fresh held-out set (" + samples.size() + " items), embedding layer over " + embedder.model();
        System.out.println(FreshTables.byKind(title + ", default thresholds (0.5 for every target)", sets, THRESHOLDS));
        System.out.println(FreshTables.byCategory("TPR by category, default thresholds", sets, THRESHOLDS));
        System.out.println(FreshTables.operatingPoints("Best single threshold with FPR <= 2 % — THRESHOLD CHOSEN ON THE SAME DATA (optimistic)",
                sets, THRESHOLDS, GOAL_FPR));
        ScoredSet linear = sets.get(3);
        ScoredSet full = sets.getLast();
        for (ScoredSet set : List.of(linear, sets.get(6), full)) {
            double tpr = set.rate(THRESHOLDS, attack());
            double fpr = set.rate(THRESHOLDS, benign());
            System.out.printf(Locale.ROOT, "Goal TPR >= %.2f at FPR <= %.2f, %s, default thresholds: %s (TPR %.3f, FPR %.3f)%n", GOAL_TPR, GOAL_FPR,
                    set.name(), tpr >= GOAL_TPR && fpr <= GOAL_FPR ? "reached" : "NOT reached", tpr, fpr);
        }
        if (Boolean.getBoolean("injection.mistakes")) {
            for (ScoredSet set : List.of(sets.get(6), full)) {
                System.out.println("\nMisses (FN) and false alarms (FP) of " + set.name() + ":");
                set.mistakes(THRESHOLDS).forEach(System.out::println);
            }
        }
        printScanCost(samples, detectors);

        // noisy-or and the max over decodings only raise scores: more layers never lose a caught attack
        assertThat(linear.rate(THRESHOLDS, attack())).isGreaterThanOrEqualTo(sets.get(2).rate(THRESHOLDS, attack()));
        assertThat(full.rate(THRESHOLDS, attack())).isGreaterThanOrEqualTo(sets.get(6).rate(THRESHOLDS, attack()));
    }

    private static OnnxTextClassifier onnxTestModel() {
        return OnnxTextClassifier.load(new OnnxModelSettings("onnx", TestModel.model(), TestModel.tokenizer(), "INJECTION", 512, 128, 2, 2, 8,
                Duration.ofMinutes(1)));
    }

    // the same kilobyte the existing evaluation times, but cut from this set's benign prompts; printed, never asserted
    private static void printScanCost(List<Sample> samples, List<Detector> detectors) {
        String prompt = String.join(" ", samples.stream().filter(sample -> sample.kind() == Kind.BENIGN).map(Sample::text).limit(40).toList());
        String kilobyte = prompt.substring(0, Math.min(1024, prompt.length()));
        for (Detector detector : List.of(detectors.get(3), detectors.get(6), detectors.get(5))) {
            InjectionScanner scanner = detector.scanner();
            boolean slow = detector != detectors.get(3);
            double[] micros = micros(() -> scanner.assess(kilobyte), slow ? 20 : 2_000, slow ? 50 : 3_000);
            System.out.printf(Locale.ROOT, "Scanning %d characters, %s: %.1f µs of this thread's CPU time, %.1f µs wall clock per scan%n",
                    kilobyte.length(), detector.name(), micros[0], micros[1]);
        }
    }

    // CPU time of the calling thread and wall-clock time: the embedder may work on threads of its own
    private static double[] micros(Runnable work, int warmups, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        return new double[] {(threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / runs, (System.nanoTime() - wall) / 1_000.0 / runs};
    }
}
