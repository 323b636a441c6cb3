package dev.aegis.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileSecretConfigTest {

    @Test
    void defaultsToNoBaseDirectory() {
        assertThat(ConfigBinding.bindYaml(FileSecretConfig.class, "")).isEqualTo(FileSecretConfig.defaults());
        assertThat(new FileSecretConfig(null).baseDir()).isEmpty();
    }

    @Test
    void mapsEveryKey() {
        FileSecretConfig config = ConfigBinding.bindYaml(FileSecretConfig.class, """
                base-dir: /run/secrets
                """);

        assertThat(config).isEqualTo(new FileSecretConfig(Optional.of(Path.of("/run/secrets"))));
    }

    @Test
    void anUnknownKeyIsRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(FileSecretConfig.class, "base-directory: /run/secrets"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.path()).isEqualTo("base-directory")));
    }
}
