package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aegis.runtime.store.PrivateFiles;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the gateway keeps on disk (the state store with its {@code -wal} and {@code -shm} files, the
 * state encryption key, a plugin's database) is readable by its owner only: files {@code 0600},
 * directories {@code 0700}; files an older version left open to others are closed at startup, with a
 * warning. POSIX file systems only.
 */
class DataFilePermissionsIT {

    private static final String ROUTES = """
            providers:
              up: {type: openai, config: {base-url: "%s", model: up-1}}
            nodes:
              team-budget:
                type: budgets
                config:
                  prices: {up-1: {input: 1000, output: 2000}}
                  limits: {teams: {payments: {spend: {month: 100}}}}
            routes:
              chat:
                models: [up-1]
                ingress: [team-budget]
                execute: {providers: [up]}
                durability: pause-and-end
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWherePermissionsExist() {
        assumeTrue(PrivateFiles.supported(), "this file system has no POSIX permissions: the gateway leaves its files to the platform's defaults");
    }

    @Test
    void everyFileTheGatewayMakesIsReadableByItsOwnerOnly() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(); RunningGateway gateway = RunningGateway.start(dir, ROUTES.formatted(upstream.baseUrl("ok")))) {
            assertThat(gateway.post("/v1/chat/completions", RunningGateway.ALICE,
                    "{\"model\":\"up-1\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}").statusCode()).isEqualTo(200);

            Path data = dir.resolve("data");
            assertThat(data.resolve("aegis.db-wal")).exists();
            assertThat(data.resolve("aegis.db-shm")).exists();
            assertThat(data.resolve("state-encryption.key")).exists();
            List<Path> all;
            try (Stream<Path> walk = Files.walk(data)) {
                all = walk.toList();
            }
            assertThat(all.stream().filter(Files::isRegularFile).filter(file -> file.toString().contains("budget"))).as("the budgets ledger").isNotEmpty();
            for (Path path : all) {
                assertThat(permissions(path)).as(data.relativize(path).toString()).isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void filesLeftReadableByOthersAreClosedAtStartupWithAWarning() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.createFile(data.resolve("aegis.db"));
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(PrivateFiles.class.getName());
        logger.addHandler(capture);
        try (FakeUpstream upstream = new FakeUpstream(); RunningGateway gateway = RunningGateway.start(dir, ROUTES.formatted(upstream.baseUrl("ok")))) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            assertThat(permissions(database)).isEqualTo("rw-------");
            assertThat(warnings).anyMatch(warning -> warning.contains("aegis.db") && warning.contains("rw-r--r--"))
                    .anyMatch(warning -> warning.contains(data.toString()) && warning.contains("rwxr-xr-x"));
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
