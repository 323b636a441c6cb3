package dev.aegis.pack.llmguard.scanners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.pack.llmguard.LookupContext;
import dev.aegis.pack.llmguard.injection.evaluation.EvaluationEmbedder;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.TestRuns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of topics described in words, with the in-process MiniLM embedder, on a small
 * hand-written labelled set ({@code banned-topics-labelled.txt}: three topics and near misses). The
 * topics' descriptions and examples below are not in the set. Prints a table per threshold.
 */
class BannedTopicsPrecisionTest {

    static final List<BannedTopicsConfig.Topic> TOPICS = List.of(
            new BannedTopicsConfig.Topic("weapons", null, "making, buying, modifying, hiding or using weapons, firearms or explosives",
                    List.of("how to make a bomb", "buy a gun illegally"), null),
            new BannedTopicsConfig.Topic("gambling", null, "gambling: betting money on casino games, cards, slot machines or sports",
                    List.of("how to win at the casino", "best betting odds"), null),
            new BannedTopicsConfig.Topic("medication", null, "medical advice about taking medicines, drugs, pills and their doses",
                    List.of("how much of this medicine should I take", "can I mix these two drugs"), null));

    record Labelled(String topic, String text) {}

    @Test
    void precisionAndRecallOnTheLabelledSetAreReported() throws IOException {
        EmbeddingProvider embedder = EvaluationEmbedder.load();
        assumeTrue(!(embedder instanceof FakeEmbeddingProvider), "the in-process MiniLM embedder (type local) is not on the test class path");
        List<Labelled> set = labelled();
        StringBuilder table = new StringBuilder("\nbanned-topics by similarity over " + embedder.model() + ", " + set.size() + " labelled texts\n"
                + "| threshold | precision | recall | false alarms on 'none' |\n|---:|---:|---:|---:|\n");
        double precisionAtDefault = 0;
        for (double threshold : new double[] {0.35, 0.4, 0.45, 0.5, 0.55, 0.6}) {
            Guardrail guard = new BannedTopicsFactory().create(new BannedTopicsConfig(TOPICS, null, null, null, "minilm", threshold),
                    LookupContext.with(EmbeddingProvider.class, "minilm", embedder));
            int found = 0;
            int right = 0;
            int about = 0;
            int falseAlarms = 0;
            for (Labelled text : set) {
                Set<String> topics = guard.scan(Content.of(ScanTarget.PROMPT, text.text()), TestRuns.state("hi")).evidence().stream()
                        .map(Evidence::rule).collect(Collectors.toSet());
                found += topics.size();
                right += topics.contains(text.topic()) ? 1 : 0;
                about += text.topic().equals("none") ? 0 : 1;
                falseAlarms += text.topic().equals("none") && !topics.isEmpty() ? 1 : 0;
            }
            double precision = found == 0 ? 1 : (double) right / found;
            table.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %d |%n", threshold, precision, (double) right / about, falseAlarms));
            if (threshold == BannedTopicsConfig.DEFAULT_SIMILARITY) {
                precisionAtDefault = precision;
            }
        }
        System.out.println(table);
        assertThat(precisionAtDefault).as("precision at the default threshold").isGreaterThanOrEqualTo(0.8);
    }

    static List<Labelled> labelled() throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BannedTopicsPrecisionTest.class.getResourceAsStream("banned-topics-labelled.txt"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    set.add(new Labelled(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
        return set;
    }
}
