package dev.aegis.cli;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.cli.BudgetBooks.Counter;
import dev.aegis.cli.ChatLoad.Answer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real gateway process under a bounded concurrent load against a team's monthly spend limit is
 * killed with SIGKILL while requests are in flight, and a new process starts on the same state store
 * and budgets store. Once the dead process's leases have lapsed, more load runs into the limit.
 * Afterwards nothing was overspent, every counter equals its ledger, every request answered 2xx has
 * its audit entry, and {@code aegis audit verify} passes.
 */
class CrashUnderLoadIT {

    private static final String USER = "crash-user-key";
    private static final String TEAM_MONTH = "spend:month:[0-9-]+:team:ops";
    private static final String KEY_MINUTE = "requests:minute:[0-9]+:key:user";
    /** The team's monthly limit, 5.50 USD in nano-units: room for about 500 mock answers. */
    private static final long SPEND_LIMIT = 5_500_000_000L;
    private static final long RPM_LIMIT = 100_000;
    /** 1000 USD per million tokens, in and out. */
    private static final long NANOS_PER_TOKEN = 1_000_000L;
    private static final int CLIENTS = 16;
    private static final int ANSWERED_BEFORE_THE_KILL = 250;

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Process gateway;
    private Runnable cleanUp = () -> { };

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.destroyForcibly();
        }
        cleanUp.run();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "redis"})
    void aSigkillUnderLoadOverspendsNothingKeepsEveryCounterEqualToItsLedgerAndLosesNoAuditRecord(String kind) throws Exception {
        GatewayStores stores = GatewayStores.of(kind, dir);
        cleanUp = stores::close;
        Path config = config(stores);
        int port = freePort();
        gateway = start(config, port);

        ChatLoad beforeTheKill = ChatLoad.start(port, USER, "before-the-kill", 2_000, CLIENTS);
        awaitAnswers(beforeTheKill, ANSWERED_BEFORE_THE_KILL);
        // no client starts another request, so each request left without an answer was in flight at the kill
        beforeTheKill.stop();
        gateway.destroyForcibly().waitFor(30, SECONDS);
        assertThat(gateway.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        List<Answer> before = beforeTheKill.await(Duration.ofSeconds(60));
        assertThat(before).as("the kill cut requests in flight").anyMatch(answer -> answer.status().isEmpty());
        Set<String> leftOpen = stores.books().open();
        assertThat(leftOpen).as("the killed gateway left leases open").anyMatch(id -> id.startsWith("lease:"));

        gateway = start(config, port);
        awaitClosed(port, stores.books(), leftOpen);
        List<Answer> after = ChatLoad.start(port, USER, "after-the-restart", 500, CLIENTS).await(Duration.ofSeconds(120));
        gateway.destroy();
        assertThat(gateway.waitFor(30, SECONDS)).as("the gateway stops on SIGTERM").isTrue();

        assertThat(after).as("after the restart every request is served or refused by the budget")
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).hasValueSatisfying(status -> assertThat(status).isIn(200, 429)));
        assertThat(after).as("the load reaches the limit")
                .anySatisfy(answer -> assertThat(answer.body()).contains("budget_exceeded"));
        List<Answer> served = Stream.concat(before.stream(), after.stream()).filter(Answer::succeeded).toList();
        assertThat(served).allSatisfy(answer -> {
            assertThat(answer.runId()).as("run id of " + answer.body()).isPresent();
            assertThat(answer.tokens()).as("usage of " + answer.body()).isPositive();
        });
        long servedCost = served.stream().mapToLong(answer -> answer.tokens() * NANOS_PER_TOKEN).sum();
        System.out.printf("crash under load [%s]: before the kill %d served, %d cut; after the restart %d served, %d refused; served cost %d%n",
                kind, before.stream().filter(Answer::succeeded).count(), before.stream().filter(answer -> answer.status().isEmpty()).count(),
                after.stream().filter(Answer::succeeded).count(), after.stream().filter(answer -> !answer.succeeded()).count(), servedCost);
        assertThat(servedCost).as("what was served stays within the limit").isLessThanOrEqualTo(SPEND_LIMIT);

        assertCountersEqualTheirLedgersWithinTheirLimits(stores.books(), servedCost);
        assertThat(stores.books().open()).as("after a clean stop no reservation or lease is open").isEmpty();

        List<String> servedRuns = served.stream().map(answer -> answer.runId().orElseThrow()).toList();
        assertThat(auditedRuns(stores)).as("every run answered 2xx has its audit entry").containsAll(servedRuns);
        CommandLineRun verify = CommandLineRun.of("audit", "verify", "--config", config.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("audit log intact");
    }

    private static void assertCountersEqualTheirLedgersWithinTheirLimits(BudgetBooks books, long servedCost) {
        Map<String, Counter> counters = books.counters();
        assertThat(counters.keySet()).anyMatch(key -> key.matches(TEAM_MONTH)).anyMatch(key -> key.matches(KEY_MINUTE));
        counters.forEach((key, counter) -> {
            assertThat(books.fromLedger(key)).as("the ledger of " + key).isEqualTo(counter);
            OptionalLong limit = key.matches(TEAM_MONTH) ? OptionalLong.of(SPEND_LIMIT)
                    : key.matches(KEY_MINUTE) ? OptionalLong.of(RPM_LIMIT) : OptionalLong.empty();
            limit.ifPresent(value -> assertThat(counter.total()).as("no overspend on " + key + ": " + counter).isLessThanOrEqualTo(value));
        });
        Counter month = counters.entrySet().stream().filter(entry -> entry.getKey().matches(TEAM_MONTH)).findFirst().orElseThrow().getValue();
        System.out.printf("crash under load: the team's month %s of limit %d%n", month, SPEND_LIMIT);
        assertThat(month.total()).as("every request served is charged: " + month).isGreaterThanOrEqualTo(servedCost);
        assertThat(month.lapsed()).as("the killed gateway's leases lapsed and stay charged: " + month).isPositive();
    }

    private void awaitAnswers(ChatLoad load, int answers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (load.answered() < answers) {
            assertThat(System.nanoTime()).as("%d requests answered within 60 s", answers).isLessThan(deadline);
            assertThat(gateway.isAlive()).as("the gateway process is running").isTrue();
            Thread.sleep(5);
        }
    }

    /** Each request to {@code GET /v1/budgets} may run the sweep that ends reservations and leases past their expiry. */
    private void awaitClosed(int port, BudgetBooks books, Set<String> leftOpen) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            assertThat(send(port, "GET", "/v1/budgets", null).statusCode()).isEqualTo(200);
            Set<String> stillOpen = new HashSet<>(books.open());
            stillOpen.retainAll(leftOpen);
            if (stillOpen.isEmpty()) {
                return;
            }
            assertThat(System.nanoTime()).as("the killed gateway's leases lapse within 30 s: %s", stillOpen).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private Set<String> auditedRuns(GatewayStores stores) throws SQLException {
        Set<String> runs = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(stores.stateJdbcUrl(), stores.stateUser(), "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT run_id FROM aegis_audit_entries WHERE kind = 'run'")) {
            while (row.next()) {
                runs.add(row.getString(1));
            }
        }
        return runs;
    }

    private Path config(GatewayStores stores) throws IOException {
        Path config = dir.resolve("aegis.yaml");
        Files.writeString(config, """
                data-dir: "%s"
                state: %s
                auth:
                  - type: api-key
                    config:
                      keys:
                        - {hash: "sha256:28dc6ce405afcc1b2c359fd20484643f61ba95e66aa1fcb035d8005c65541edf", principal: user, team: ops}
                providers: {local: {type: mock, config: {chunk-delay: 1ms}}}
                nodes:
                  budgets:
                    type: budgets
                    config:
                      prices: {mock-1: {input: 1000, output: 1000}}
                      limits:
                        teams: {ops: {spend: {month: 5.50}}}
                        keys: {user: {rpm: %d}}
                      bytes-per-token: 1
                      default-max-output-tokens: 16
                      max-output-tokens: 16
                      reservation-ttl: 6s
                      sweep-interval: 1s
                      lease-ttl: 6s
                      lease-horizon: 1s
                      store: %s
                routes:
                  chat:
                    models: [mock-1]
                    ingress: [budgets]
                    execute: {providers: [local]}
                    durability: none
                """.formatted(dir.resolve("data"), stores.stateYaml(), RPM_LIMIT, stores.budgetsYaml()));
        return config;
    }

    private Process start(Path config, int port) throws Exception {
        Path jar = Path.of("target", "aegis.jar");
        assertThat(jar).as("the packaged CLI jar (failsafe runs after package)").exists();
        Path log = dir.resolve("gateway-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--config", config.toString(), "--port", Integer.toString(port), "--plugins-dir", dir.resolve("none").toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the gateway process is running: %s", Files.readString(log)).isTrue();
            try {
                if (send(port, "GET", "/readyz", null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the gateway did not become ready: " + Files.readString(log));
    }

    private HttpResponse<String> send(int port, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + USER)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
