package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionConfigTest {

    @Test
    void byDefaultEverythingIsKept() {
        RetentionConfig defaults = ConfigBinding.bindYaml(RetentionConfig.class, "{}");

        assertThat(defaults).isEqualTo(RetentionConfig.DEFAULTS);
        assertThat(defaults.runDocuments()).isEmpty();
        assertThat(defaults.approvals()).isEmpty();
        assertThat(defaults.toolPins()).isEmpty();
        assertThat(defaults.audit().archiveAfter()).isEmpty();
        assertThat(defaults.audit().archiveDir()).isEmpty();
        assertThat(defaults.audit().segmentSize()).isEqualTo(1000);
        assertThat(defaults.sweepInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.batchSize()).isEqualTo(500);
    }

    @Test
    void bindsEverything() {
        RetentionConfig config = ConfigBinding.bindYaml(RetentionConfig.class, """
                run-documents: 30d
                approvals: 90d
                tool-pins: 14d
                audit: {archive-after: 365d, archive-dir: /var/lib/aegis/audit, segment-size: 5000}
                sweep-interval: 15m
                batch-size: 200
                """);

        assertThat(config).isEqualTo(new RetentionConfig(Optional.of(Duration.ofDays(30)), Optional.of(Duration.ofDays(90)),
                Optional.of(Duration.ofDays(14)), new RetentionConfig.AuditArchive(Optional.of(Duration.ofDays(365)),
                        Optional.of("/var/lib/aegis/audit"), 5000), Duration.ofMinutes(15), 200));
    }

    @Test
    void refusesAZeroRetentionByName() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetentionConfig.class, "approvals: 0s"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("approvals must be positive");
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetentionConfig.class, "audit: {archive-after: 0s}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("audit.archive-after must be positive");
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(RetentionConfig.class, "ledger: 30d")).isInstanceOf(ConfigException.class);
    }
}
