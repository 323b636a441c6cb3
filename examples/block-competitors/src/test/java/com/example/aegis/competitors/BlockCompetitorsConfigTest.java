package com.example.aegis.competitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.testkit.FakePluginContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Defaults and checks that hold without the gateway. Binding from YAML and the annotations'
 * messages are the gateway's job; the example's integration test covers them.
 */
class BlockCompetitorsConfigTest {

    @Test
    void omittedKeysMeanBlockingAndIgnoringCase() {
        BlockCompetitorsConfig config = new BlockCompetitorsConfig(List.of("Acme"), null, null);

        assertThat(config.replacement()).isEmpty();
        assertThat(config.caseSensitive()).isFalse();
    }

    @Test
    void missingNamesBecomeAnEmptyListForValidationToReport() {
        assertThat(new BlockCompetitorsConfig(null, Optional.empty(), false).names()).isEmpty();
    }

    @Test
    void aNullNameBecomesBlankForValidationToReportAtItsIndex() {
        assertThat(new BlockCompetitorsConfig(Arrays.asList("Acme", null), Optional.empty(), false).names()).containsExactly("Acme", "");
    }

    @Test
    void theFactoryRefusesAConfigWithoutNames() {
        assertThatThrownBy(() -> create(new BlockCompetitorsConfig(List.of(), Optional.empty(), false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names must hold at least one name");
    }

    @Test
    void theFactoryRefusesABlankName() {
        assertThatThrownBy(() -> create(BlockCompetitorsConfig.blocking("Acme", "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of them blank");
    }

    @Test
    void theFactoryRefusesAReplacementThatIsItselfACompetitor() {
        assertThatThrownBy(() -> create(BlockCompetitorsConfig.sanitizing("see ACME", "Acme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replacement must not mention a competitor itself");
    }

    private static void create(BlockCompetitorsConfig config) {
        new BlockCompetitorsFactory().create(config, FakePluginContext.create());
    }
}
