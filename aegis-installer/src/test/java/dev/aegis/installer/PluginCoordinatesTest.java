package dev.aegis.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluginCoordinatesTest {

    @Test
    void parsesGroupArtifactVersion() {
        assertThat(PluginCoordinates.parse("dev.aegis.packs:aegis-pack-pii:0.1.0"))
                .isEqualTo(new PluginCoordinates("dev.aegis.packs", "aegis-pack-pii", "0.1.0"));
    }

    @Test
    void theUnitIsNamedAfterTheArtifactWithoutItsAegisPrefixAsTheReleaseNamesItsPluginDirectories() {
        assertThat(PluginCoordinates.parse("dev.aegis.packs:aegis-pack-pii:0.1.0").unitName()).isEqualTo("pack-pii");
        assertThat(PluginCoordinates.parse("dev.aegis.plugins:aegis-plugin-mcp:0.1.0").unitName()).isEqualTo("plugin-mcp");
        assertThat(PluginCoordinates.parse("dev.aegis.plugins:aegis-provider-openai:0.1.0").unitName()).isEqualTo("provider-openai");
        assertThat(PluginCoordinates.parse("dev.aegis.plugins:aegis-vector-lucene:0.1.0").unitName()).isEqualTo("vector-lucene");
        assertThat(PluginCoordinates.parse("com.example.aegis:block-competitors:1.0.0").unitName()).isEqualTo("block-competitors");
        assertThat(PluginCoordinates.parse("com.example:Aegis-Thing:1").unitName()).isEqualTo("thing");
        // a bare prefix is a name of its own, not an empty one
        assertThat(PluginCoordinates.parse("com.example:aegis-:1").unitName()).isEqualTo("aegis-");
    }

    @Test
    void refusesAnythingButThreeParts() {
        for (String text : new String[] {"block-competitors", "a:b", "a:b:c:d", "a::1", "a:b/../c:1", ""}) {
            assertThatThrownBy(() -> PluginCoordinates.parse(text))
                    .isInstanceOfSatisfying(InstallException.class, e -> assertThat(e.code()).isEqualTo(InstallException.BAD_COORDINATES));
        }
    }
}
