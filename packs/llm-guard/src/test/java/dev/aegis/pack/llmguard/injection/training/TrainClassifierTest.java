package dev.aegis.pack.llmguard.injection.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.llmguard.injection.InjectionGuardConfig;
import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.evaluation.Detector;
import dev.aegis.pack.llmguard.injection.evaluation.Scoreboard;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The classifier's weights are committed; this keeps them tied to the corpus they came from. To
 * retrain after changing the training templates or the settings:
 * {@code ./mvnw -q -pl packs/llm-guard -am verify -Dtest=TrainClassifierTest -Dsurefire.failIfNoSpecifiedTests=false -Dinjection.train=true}
 * (deterministic: the same corpus and settings write the same file). It prints the dev-split table,
 * the only numbers tuning may look at.
 */
class TrainClassifierTest {

    private static final String TRAIN = "injection.train";

    @Test
    @DisabledIfSystemProperty(named = TRAIN, matches = "true")
    void thePackagedWeightsWereLearnedFromTheCurrentTrainingCorpusWithTheCurrentSettings() {
        LinearModel packaged = LinearModel.standard();

        assertThat(packaged.corpusHash()).as("retrain the classifier (see this class)").isEqualTo(TrainClassifier.corpusHash(Corpus.train()));
        assertThat(packaged.recipe()).as("retrain the classifier (see this class)").isEqualTo(TrainClassifier.SETTINGS.recipe());
    }

    @Test
    @EnabledIfSystemProperty(named = TRAIN, matches = "true")
    void trainsTheClassifierAndReportsTheDevSplit() throws IOException {
        TrainClassifier.main(new String[0]);
        LinearModel model = TrainClassifier.readBack();
        List<Scoreboard> boards = Detector.layers(Heuristics.standard(), model).stream()
                .map(detector -> Scoreboard.score(detector, Corpus.dev(), InjectionGuardConfig.Thresholds.defaults()))
                .toList();
        System.out.println(Scoreboard.table("Dev split (held back from training, used for tuning)", boards));
        System.out.println(Scoreboard.sweep("Dev split, full scanner", Detector.layers(Heuristics.standard(), model).getLast().scanner(), Corpus.dev()));
        if (Boolean.getBoolean("injection.mistakes")) {
            boards.getLast().mistakes().forEach(System.out::println);
        }
        assertThat(model).isNotNull();
    }
}
