package dev.aegis.pack.llmguard.injection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.pack.llmguard.injection.corpus.Corpus;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Counts the corpus's samples by split and kind (the README's provenance table), and with
 * {@code -Dinjection.export=true} writes the held-out split as JSON lines to
 * {@code target/held-out.jsonl}, for measuring other detectors on it (bench/injection-baseline).
 */
class CorpusExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSplitsAreCountedAndTheHeldOutSplitCanBeExported() throws IOException {
        Map<String, List<Sample>> splits = Map.of("train", Corpus.train(), "dev", Corpus.dev(), "held-out", Corpus.heldOut(),
                "held-out promptfoo", Corpus.heldOutJailbreakTemplates());
        for (Map.Entry<String, List<Sample>> split : new TreeMap<>(splits).entrySet()) {
            System.out.println(split.getKey() + ": " + split.getValue().size() + " " + split.getValue().stream()
                    .collect(Collectors.groupingBy(sample -> sample.kind().name(), TreeMap::new, Collectors.counting())));
        }
        if (Boolean.getBoolean("injection.export")) {
            List<String> lines = new ArrayList<>();
            for (Sample sample : Corpus.heldOut()) {
                lines.add(JSON.writeValueAsString(Map.of("text", sample.text(), "attack", sample.attack(), "kind", sample.kind().name())));
            }
            Files.write(Path.of("target/held-out.jsonl"), lines);
        }
        assertThat(splits.get("held-out")).isNotEmpty();
    }
}
