package dev.aegis.pack.pii.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.pii.EntityType;
import dev.aegis.pack.pii.PiiMaskConfig;
import dev.aegis.pack.pii.internal.recognize.Gazetteer;
import dev.aegis.pack.pii.internal.recognize.Recognizers;
import dev.aegis.pack.pii.internal.recognize.Span;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the recognizers, as {@code pii-mask} runs them by default (all locales, minimum confidence
 * 0.5), on a generated corpus with a fixed seed, and prints per-entity precision and recall.
 * {@code ./mvnw -q -pl packs/pii -am verify -Dtest=RecognizerEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class RecognizerEvaluationTest {

    private static final List<EntityType> STRUCTURED = List.of(EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.EMAIL,
            EntityType.PHONE, EntityType.US_SSN, EntityType.IP_ADDRESS);
    private static final double MIN_CONFIDENCE = new PiiMaskConfig(null, null, null, null, null, null).minConfidence();

    private static Recognizers recognizers;

    @BeforeAll
    static void load() {
        recognizers = Recognizers.standard(Gazetteer.load(PiiMaskConfig.SUPPORTED_LOCALES));
    }

    @Test
    void structuredPersonalDataIsFoundWithHighPrecisionAndRecall() {
        List<LabelledText> corpus = new EvaluationCorpus(EvaluationCorpus.SEED).main();
        Scoreboard board = score(corpus);
        System.out.println(board.table("Generated corpus, seed " + EvaluationCorpus.SEED + ", overlap matching"));

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        for (EntityType type : STRUCTURED) {
            assertThat(board.of(type).recall()).as("recall of %s", type).isGreaterThanOrEqualTo(0.98);
            assertThat(board.of(type).precision()).as("precision of %s", type).isGreaterThanOrEqualTo(0.98);
        }
        assertThat(board.of(EntityType.PERSON).recall()).as("recall of PERSON").isGreaterThanOrEqualTo(0.90);
        assertThat(board.of(EntityType.LOCATION).recall()).as("recall of LOCATION").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void namesAndPlacesTheGazetteerHasNeverSeenAreReported() {
        Scoreboard board = score(new EvaluationCorpus(EvaluationCorpus.SEED).unseen());
        System.out.println(board.table("Names and places from locales the gazetteer does not load"));

        // context cues alone: reported, and guarded against collapse only
        assertThat(board.of(EntityType.PERSON).recall()).isGreaterThan(0.5);
    }

    @Test
    void handWrittenSentencesAreReported() {
        Scoreboard board = score(EvaluationCorpus.handWritten());
        System.out.println(board.table("Hand-written sentences"));

        assertThat(board.samples()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void scanningTimeOfATypicalPromptIsReported() {
        String prompt = String.join(" ", EvaluationCorpus.handWritten().stream().map(LabelledText::text).limit(8).toList());
        String kilobyte = prompt.substring(0, Math.min(1024, prompt.length()));
        // a yardstick of this machine's speed at this moment: one pass of a single SSN-like pattern over the same text
        Pattern yardstick = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
        double micros = cpuMicros(() -> recognizers.find(kilobyte, MIN_CONFIDENCE));
        double referenceMicros = cpuMicros(() -> yardstick.matcher(kilobyte).find());
        // printed, never asserted: tests do not judge time (bench/ does)
        System.out.printf(Locale.ROOT, "Scanning %d characters with every recognizer: %.1f µs of CPU time per scan"
                + " (one pass of a single SSN-like pattern over the same text: %.2f µs)%n", kilobyte.length(), micros, referenceMicros);
    }

    private static double cpuMicros(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3_000; i++) {
            work.run();
        }
        int runs = 5_000;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / runs;
    }

    // -Dpii.evaluation.mistakes=true prints what was missed or wrongly found
    private static Scoreboard score(List<LabelledText> corpus) {
        Scoreboard board = new Scoreboard();
        for (LabelledText sample : corpus) {
            List<Span> found = recognizers.find(sample.text(), MIN_CONFIDENCE);
            board.add(sample, found);
        }
        if (Boolean.getBoolean("pii.evaluation.mistakes")) {
            board.mistakes().forEach(System.out::println);
        }
        return board;
    }
}
