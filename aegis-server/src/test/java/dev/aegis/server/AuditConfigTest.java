package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import org.junit.jupiter.api.Test;

class AuditConfigTest {

    @Test
    void defaultsRecordEveryRunOnAChainNamedAfterTheHost() {
        AuditConfig defaults = ConfigBinding.bindYaml(AuditConfig.class, "{}");

        assertThat(defaults).isEqualTo(AuditConfig.DEFAULTS);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.chain()).isNotBlank().matches("[A-Za-z0-9._:-]+");
    }

    @Test
    void bindsEverything() {
        assertThat(ConfigBinding.bindYaml(AuditConfig.class, "enabled: false\nchain: gateway-eu-1\n"))
                .isEqualTo(new AuditConfig(false, "gateway-eu-1"));
    }

    @Test
    void refusesAChainNameWithSpaces() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(AuditConfig.class, "chain: two words")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("chain");
    }
}
