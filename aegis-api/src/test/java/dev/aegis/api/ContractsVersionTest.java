package dev.aegis.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractsVersionTest {

    @Test
    void theCurrentVersionIsTheOneTheJarWasBuiltAs() {
        ContractsVersion current = ContractsVersion.current();

        assertThat(current.text()).doesNotContain("${").matches("\\d+\\.\\d+.*");
        assertThat(current.runs(current)).isTrue();
    }

    @Test
    void parsesMajorAndMinorAndIgnoresPatchAndQualifier() {
        ContractsVersion version = ContractsVersion.parse("1.4.2-SNAPSHOT");

        assertThat(version.major()).isEqualTo(1);
        assertThat(version.minor()).isEqualTo(4);
        assertThat(version.toString()).isEqualTo("1.4.2-SNAPSHOT");
        assertThat(ContractsVersion.parse("2.0")).isEqualTo(new ContractsVersion("2.0", 2, 0));
    }

    @Test
    void afterOnePointZeroAGatewayRunsPluginsOfTheSameMajorAndAnOlderOrEqualMinor() {
        ContractsVersion gateway = ContractsVersion.parse("1.4.0");

        assertThat(gateway.runs(ContractsVersion.parse("1.4.7"))).isTrue();
        assertThat(gateway.runs(ContractsVersion.parse("1.0.0"))).isTrue();
        assertThat(gateway.runs(ContractsVersion.parse("1.5.0"))).isFalse();
        assertThat(gateway.runs(ContractsVersion.parse("2.4.0"))).isFalse();
        assertThat(gateway.runs(ContractsVersion.parse("0.4.0"))).isFalse();
    }

    @Test
    void beforeOnePointZeroTheMinorMustMatch() {
        ContractsVersion gateway = ContractsVersion.parse("0.2.0-SNAPSHOT");

        assertThat(gateway.runs(ContractsVersion.parse("0.2.3"))).isTrue();
        assertThat(gateway.runs(ContractsVersion.parse("0.1.0"))).isFalse();
        assertThat(gateway.runs(ContractsVersion.parse("0.3.0"))).isFalse();
    }

    @Test
    void refusesTextThatIsNotAVersion() {
        assertThatThrownBy(() -> ContractsVersion.parse("latest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'latest' is not a version of the form MAJOR.MINOR[.PATCH][-QUALIFIER]");
    }
}
