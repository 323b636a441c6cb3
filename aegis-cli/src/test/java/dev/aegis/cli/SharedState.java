package dev.aegis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.plugin.mcp.testserver.ToolServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * What several gateways under test share: a fresh schema of PostgreSQL's database {@code test} at
 * 127.0.0.1:5432 for their state, a fresh key prefix of Redis at 127.0.0.1:6379 for their budgets,
 * and one configuration each, alike but for the audit chain and the name they connect to PostgreSQL
 * under. A server that is not reachable skips the test, and says so.
 */
final class SharedState implements AutoCloseable {

    static final String USER = "crash-user-key";
    static final String APPROVER = "crash-approver-key";
    static final String OTHER = "multi-other-key";
    /** The team's monthly limit, 0.40 USD in nano-units: room for a few dozen mock answers. */
    static final long SPEND_LIMIT = 400_000_000L;
    /** 1000 USD per million tokens, in and out. */
    static final long NANOS_PER_TOKEN = 1_000_000L;
    static final String APPLICATION_PREFIX = "aegis-multi-";

    private final String isolation;
    private final Path dir;
    private final Path toolControl;
    private final RedisBudgetBooks books;

    private SharedState(String isolation, Path dir) {
        this.isolation = isolation;
        this.dir = dir;
        this.toolControl = dir.resolve("weather-description.txt");
        this.books = new RedisBudgetBooks(isolation);
    }

    static SharedState create(Path dir) {
        Assumptions.assumeTrue(GatewayStores.postgresReachable(), "PostgreSQL at 127.0.0.1:5432 (database test) is not reachable: skipped");
        Assumptions.assumeTrue(GatewayStores.redisReachable(), "Redis at 127.0.0.1:6379 is not reachable: skipped");
        String isolation = "aegis_multi_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        GatewayStores.execute("CREATE SCHEMA " + isolation);
        return new SharedState(isolation, dir);
    }

    String stateJdbcUrl() {
        return GatewayStores.POSTGRES + "?currentSchema=" + isolation;
    }

    BudgetBooks books() {
        return books;
    }

    /** The file whose text becomes the test tool server's new description of get_weather. */
    Path toolControl() {
        return toolControl;
    }

    /** The configuration of gateway {@code name}: its own audit chain and PostgreSQL application name. */
    Path config(String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String toolServer = json.writeValueAsString(ToolServer.command());
        String toolEnv = json.writeValueAsString(Map.of(ToolServer.CONTROL_FILE_ENV, toolControl.toString()));
        Path config = dir.resolve(name + ".yaml");
        Files.writeString(config, """
                data-dir: "%s"
                state: {type: postgres, jdbc-url: "%s&ApplicationName=%s%s", user: postgres}
                audit: {chain: %s}
                approvals: {wait-for-decision: 30s}
                auth:
                  - type: api-key
                    config:
                      keys:
                        - {hash: "sha256:28dc6ce405afcc1b2c359fd20484643f61ba95e66aa1fcb035d8005c65541edf", principal: user, team: ops}
                        - {hash: "sha256:4b5ac6daa00e6c17bb2991ba7094ac63b89f4306bf53e8d96e9d830a3c0b542d", principal: boss, team: ops, roles: [approver]}
                        - {hash: "sha256:bb99f5777695cf7ec737ac7e54b519549ee016f5827b88bad0ef27212007fe51", principal: other, team: ops}
                providers:
                  local: {type: mock, config: {chunk-delay: 1ms}}
                  weather-model: {type: mock, config: {tool-arguments: '{"city": "Paris"}'}}
                nodes:
                  budgets:
                    type: budgets
                    config:
                      prices: {mock-1: {input: 1000, output: 1000}}
                      limits: {teams: {ops: {spend: {month: 0.40}}}}
                      bytes-per-token: 1
                      default-max-output-tokens: 16
                      max-output-tokens: 16
                      reservation-ttl: 6s
                      sweep-interval: 1s
                      lease-ttl: 6s
                      lease-horizon: 1s
                      store: {type: redis, url: "redis://127.0.0.1:6379", key-prefix: %s}
                  tool-server: {type: mcp, config: {servers: {test-tools: {command: %s, env: %s}}}}
                routes:
                  chat:
                    models: [mock-1]
                    ingress: [budgets]
                    execute: {providers: [local]}
                    durability: none
                  payments:
                    ingress: [{type: regex-guard, config: {rules: [{name: wire, pattern: 'wire transfer', action: require-approval}]}}]
                    execute: {providers: [local]}
                    durability: pause-and-end
                  weather:
                    execute: {providers: [weather-model]}
                    durability: none
                    tools: {sources: [tool-server], allow: [get_weather]}
                """.formatted(dir.resolve("data-" + name), stateJdbcUrl(), APPLICATION_PREFIX, name, name, isolation, toolServer, toolEnv));
        return config;
    }

    /** A configuration of the shared state store alone, for commands that read it ({@code aegis audit verify}). */
    Path stateOnlyConfig() throws IOException {
        Path config = dir.resolve("state-only.yaml");
        Files.writeString(config, """
                data-dir: "%s"
                state: {type: postgres, jdbc-url: "%s", user: postgres}
                """.formatted(dir.resolve("data-commands"), stateJdbcUrl()));
        return config;
    }

    /** Drops the schema and deletes the keys. */
    @Override
    public void close() {
        books.clear();
        GatewayStores.execute("DROP SCHEMA IF EXISTS " + isolation + " CASCADE");
    }
}
