package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagedPluginTest {

    @TempDir
    Path work;

    @AfterEach
    void forgetTheZip() {
        System.clearProperty(PackagedPlugin.PROPERTY);
    }

    @Test
    void unpacksThePluginsDirectoryAndReturnsIt() throws Exception {
        System.setProperty(PackagedPlugin.PROPERTY, zip("provider-demo/", "provider-demo/demo.jar", "provider-demo/lib.jar").toString());

        Path unit = PackagedPlugin.unpackInto(Files.createDirectory(work.resolve("plugins")));

        assertThat(unit).isEqualTo(work.resolve("plugins/provider-demo").toAbsolutePath());
        assertThat(unit.resolve("demo.jar")).hasContent("provider-demo/demo.jar");
        assertThat(unit.resolve("lib.jar")).hasContent("provider-demo/lib.jar");
    }

    @Test
    void anEntryOutsideThePluginDirectoryIsRefused() throws Exception {
        System.setProperty(PackagedPlugin.PROPERTY, zip("../escaped.jar").toString());

        assertThatThrownBy(() -> PackagedPlugin.unpackInto(Files.createDirectory(work.resolve("plugins"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside its directory: ../escaped.jar");
        assertThat(work.resolve("escaped.jar")).doesNotExist();
    }

    @Test
    void withoutThePropertyItSaysHowToRunTheTest() {
        assertThatThrownBy(() -> PackagedPlugin.unpackInto(work))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PackagedPlugin.PROPERTY + " is not set")
                .hasMessageContaining("failsafe");
    }

    @Test
    void aZipNotYetBuiltIsNamed() {
        System.setProperty(PackagedPlugin.PROPERTY, work.resolve("missing-plugin.zip").toString());

        assertThatThrownBy(() -> PackagedPlugin.unpackInto(work))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing-plugin.zip does not exist");
    }

    private Path zip(String... entries) throws IOException {
        Path zip = work.resolve("plugin.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zipped.putNextEntry(new ZipEntry(entry));
                if (!entry.endsWith("/")) {
                    zipped.write(entry.getBytes(StandardCharsets.UTF_8));
                }
                zipped.closeEntry();
            }
        }
        return zip;
    }
}
