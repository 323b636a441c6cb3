package dev.aegis.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWherePermissionsExist() {
        assumeTrue(PrivateFiles.supported(), "this file system has no POSIX permissions");
    }

    @Test
    void createdFilesAndDirectoriesAreTheOwnersOnly() throws IOException {
        Path file = dir.resolve("a/b/state.db");

        PrivateFiles.createFile(file);

        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("a/b"))).isEqualTo("rwx------");
    }

    @Test
    void tighteningTakesGroupAndOtherPermissionsFromATreeAndKeepsTheOwners() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("data/plugin"));
        Path open = Files.writeString(tree.resolve("ledger.db"), "x");
        Path script = Files.writeString(tree.resolve("tool.sh"), "x");
        Path closed = Files.writeString(tree.resolve("key"), "x");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-rw-r--"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(PrivateFiles.tighten(dir.resolve("data"))).contains(tree, open, script).doesNotContain(closed);

        assertThat(permissions(open)).isEqualTo("rw-------");
        assertThat(permissions(script)).isEqualTo("rwx------");
        assertThat(permissions(tree)).isEqualTo("rwx------");
        assertThat(PrivateFiles.tighten(dir.resolve("data"))).as("nothing left to do").isEmpty();
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
