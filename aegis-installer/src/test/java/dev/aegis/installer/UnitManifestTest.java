package dev.aegis.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitManifestTest {

    @TempDir
    Path unit;

    @Test
    void roundTripsThroughItsPropertiesFileWithTheHashOfEveryJar() throws IOException {
        Files.writeString(unit.resolve("plugin-1.0.jar"), "abc");
        UnitManifest written = UnitManifest.of(PluginCoordinates.parse("g:plugin:1.0"), "0.1.0", Instant.parse("2026-12-07T10:15:30Z"),
                List.of("file:///repo/", "https://repo.maven.apache.org/maven2/"), unit);
        written.write(unit);

        UnitManifest read = UnitManifest.read(unit).orElseThrow();

        assertThat(read).isEqualTo(written);
        // sha256("abc")
        assertThat(read.jars()).containsEntry("plugin-1.0.jar", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(read.changedJars(unit)).isEmpty();
    }

    @Test
    void namesJarsChangedAddedOrDeletedSinceInstall() throws IOException {
        Files.writeString(unit.resolve("a.jar"), "a");
        Files.writeString(unit.resolve("b.jar"), "b");
        UnitManifest manifest = UnitManifest.of(PluginCoordinates.parse("g:a:1"), "0.1.0", Instant.EPOCH, List.of(), unit);

        Files.writeString(unit.resolve("a.jar"), "changed");
        Files.delete(unit.resolve("b.jar"));
        Files.writeString(unit.resolve("c.jar"), "c");

        assertThat(manifest.changedJars(unit)).containsExactly("a.jar", "b.jar", "c.jar");
    }

    @Test
    void aDirectoryWithoutOneWasNotInstalled() {
        assertThat(UnitManifest.read(unit)).isEmpty();
    }
}
