package dev.aegis.pack.llmguard.injection.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.pack.llmguard.injection.corpus.Sample;
import dev.aegis.pack.llmguard.injection.corpus.Sample.Kind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FreshHeldOutTest {

    @Test
    void theFreshSetIsTheFileCommittedBeforeItWasFirstScored() {
        assertThat(FreshHeldOut.sha256()).isEqualTo(FreshHeldOut.SHA256);
    }

    @Test
    void everyItemLoadsWithItsKindAndTarget() {
        List<Sample> samples = FreshHeldOut.samples();

        Map<Kind, Long> kinds = samples.stream().collect(Collectors.groupingBy(Sample::kind, Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(Kind.DIRECT, 310L, Kind.INDIRECT, 99L, Kind.OBFUSCATED, 150L,
                Kind.BENIGN, 270L, Kind.TRIGGER_BENIGN, 154L, Kind.BENIGN_DOCUMENT, 101L));
        assertThat(samples).filteredOn(sample -> sample.kind() == Kind.INDIRECT || sample.kind() == Kind.BENIGN_DOCUMENT)
                .allSatisfy(sample -> assertThat(sample.target()).isIn(ScanTarget.TOOL_RESULT, ScanTarget.RAG_CHUNK));
        assertThat(samples).filteredOn(sample -> sample.kind() != Kind.INDIRECT && sample.kind() != Kind.BENIGN_DOCUMENT)
                .allSatisfy(sample -> assertThat(sample.target()).isEqualTo(ScanTarget.PROMPT));
    }
}
