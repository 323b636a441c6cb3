package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} over HTTP: it shows every team's remaining budget, so it is answered only to the
 * scrape token, to a principal with the {@code metrics} role or {@code admin}, or to anyone when
 * configured anonymous; and requests to paths no route matches share one label instead of making a
 * time series each.
 */
class MetricsAccessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRAPE_TOKEN = "scrape-token-3f9a1c";
    private static final String SCRAPER = "scraper-token";
    private static final String ADMIN = "admin-token";
    private static final String AUTH = """
            auth:
              - type: test-tokens
                config:
                  tokens:
                    bob-token: {principal: bob, team: support}
                    alice-token: {principal: alice, team: payments, roles: [approver]}
                    scraper-token: {principal: prometheus, roles: [metrics]}
                    admin-token: {principal: ada, roles: [admin]}
            """;
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
                durability: none
            """;

    @TempDir
    static Path dir;

    static FakeUpstream upstream;
    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream();
        Path token = Files.writeString(dir.resolve("scrape-token"), SCRAPE_TOKEN);
        gateway = RunningGateway.start(dir, AUTH, """
                observability: {metrics: {token: {secret: "file:%s"}}}
                telemetry:
                  - type: prometheus
                """.formatted(token) + ROUTES.formatted(upstream.baseUrl("ok")));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    @Test
    void aScrapeWithoutCredentialsIsRefusedWithAnOpenAiStyleError() throws Exception {
        HttpResponse<String> response = gateway.get("/metrics", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("invalid_api_key");
        assertThat(response.body()).doesNotContain("aegis_budget");
    }

    @Test
    void aKeyWithoutTheMetricsRoleDoesNotSeeTheBudgetsOfOtherTeams() throws Exception {
        for (String key : new String[] {"bob-token", "alice-token"}) {
            HttpResponse<String> response = gateway.get("/metrics", key);

            assertThat(response.statusCode()).as(key).isEqualTo(403);
            assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("role_required");
            assertThat(response.body()).doesNotContain("aegis_budget");
        }
        assertThat(gateway.get("/metrics", "not-the-scrape-token").statusCode()).isEqualTo(401);
    }

    @Test
    void theScrapeTokenTheMetricsRoleAndAdminReadTheMetrics() {
        for (String credential : new String[] {SCRAPE_TOKEN, SCRAPER, ADMIN}) {
            HttpResponse<String> response = gateway.get("/metrics", credential);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("aegis_budget_remaining");
        }
    }

    @Test
    void pathsThatMatchNoRouteShareOneLabelAndMatchedOnesAreNamedByTheirTemplate() {
        for (int i = 0; i < 40; i++) {
            String probe = "/probe-" + UUID.randomUUID();
            assertThat(gateway.get(probe, null).statusCode()).isEqualTo(401);
            assertThat(gateway.get(probe, "bob-token").statusCode()).isEqualTo(404);
            assertThat(gateway.get("/v1/runs/run_probe" + i, "bob-token").statusCode()).isEqualTo(404);
        }

        Set<String> routes = routeLabels(gateway.get("/metrics", SCRAPE_TOKEN).body());

        assertThat(routes).contains("unmatched", "/v1/runs/{id}", "/metrics").noneMatch(route -> route.contains("probe"));
        assertThat(routes).as("one series per route template, not per path").hasSizeLessThan(6);
    }

    @Test
    void anAnonymousScrapeIsAnExplicitChoice() throws Exception {
        Path other = Files.createDirectories(dir.resolve("anonymous"));
        try (RunningGateway open = RunningGateway.start(other, AUTH, """
                observability: {metrics: {anonymous: true}}
                telemetry:
                  - type: prometheus
                """ + ROUTES.formatted(upstream.baseUrl("ok")))) {
            HttpResponse<String> response = open.get("/metrics", null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("aegis_budget_remaining");
        }
    }

    private static Set<String> routeLabels(String exposition) {
        Matcher label = Pattern.compile("^http_server_request_duration_seconds_count\\{[^}]*http_route=\"([^\"]*)\"", Pattern.MULTILINE)
                .matcher(exposition);
        Set<String> routes = new TreeSet<>();
        while (label.find()) {
            routes.add(label.group(1));
        }
        return routes;
    }
}
