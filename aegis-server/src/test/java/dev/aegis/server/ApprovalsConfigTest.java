package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.runtime.durable.ApprovalPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalsConfigTest {

    @Test
    void defaultsAreFourEyesOneApproverAndAPiiReaderToReveal() {
        ApprovalsConfig defaults = ConfigBinding.bindYaml(ApprovalsConfig.class, "{}");

        assertThat(defaults).isEqualTo(ApprovalsConfig.DEFAULTS);
        assertThat(defaults.role()).isEqualTo("approver");
        assertThat(defaults.expireAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.waitForDecision()).isZero();
        assertThat(defaults.separation()).isTrue();
        assertThat(defaults.quorum()).isEmpty();
        assertThat(defaults.revealRole()).isEqualTo("pii-reader");
        assertThat(defaults.policy()).isEqualTo(ApprovalPolicy.DEFAULT);
    }

    @Test
    void bindsEverything() {
        ApprovalsConfig config = ConfigBinding.bindYaml(ApprovalsConfig.class, """
                role: checker
                expire-after: 2h
                wait-for-decision: 30s
                separation: false
                quorum: {wire-transfer: 2, large-amount: 3}
                reveal-role: dpo
                """);

        assertThat(config).isEqualTo(new ApprovalsConfig("checker", Duration.ofHours(2), Duration.ofSeconds(30), false,
                Map.of("wire-transfer", 2, "large-amount", 3), "dpo"));
        assertThat(config.policy().required(List.of("wire-transfer", "large-amount"))).isEqualTo(3);
        assertThat(config.policy().required(List.of("other"))).isEqualTo(1);
    }

    @Test
    void refusesAQuorumBelowOne() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ApprovalsConfig.class, "quorum: {wire-transfer: 0}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("quorum");
    }
}
