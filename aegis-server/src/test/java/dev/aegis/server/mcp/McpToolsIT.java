package dev.aegis.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.server.fixtures.McpGateway;
import dev.aegis.server.fixtures.RunningGateway;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's tools through the MCP Java SDK's own client over streamable HTTP. */
@Timeout(120)
class McpToolsIT {

    @TempDir
    static Path dir;

    static RunningGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(dir, McpGateway.CONFIG);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void theSdkClientInitializesAndListsTheToolsWithTheirSchemas() {
        try (McpSyncClient client = client(RunningGateway.BOB)) {
            McpSchema.InitializeResult initialized = client.initialize();
            assertThat(initialized.serverInfo().name()).isEqualTo("aegis");

            Map<String, McpSchema.Tool> tools = client.listTools().tools().stream()
                    .collect(java.util.stream.Collectors.toMap(McpSchema.Tool::name, tool -> tool));
            assertThat(tools).containsKeys("chat", "list_models", "list_routes", "get_run").doesNotContainKey("list_approvals");
            assertThat(tools.get("chat").description()).contains("guards");
            assertThat(tools.get("chat").inputSchema().get("properties").toString()).contains("model=", "route=", "prompt=", "messages=");
            assertThat(tools.get("get_run").inputSchema().get("required")).isEqualTo(java.util.List.of("run_id"));
        }
        try (McpSyncClient approver = client(RunningGateway.ALICE)) {
            approver.initialize();
            assertThat(approver.listTools().tools()).extracting(McpSchema.Tool::name).contains("list_approvals");
        }
    }

    @Test
    void chatRunsTheRouteAndItsRunCanBeFollowedByItsOwnerOnly() {
        String runId;
        try (McpSyncClient bob = client(RunningGateway.BOB)) {
            bob.initialize();
            McpSchema.CallToolResult result = call(bob, "chat", Map.of("model", "mock-1", "prompt", "hello there"));

            assertThat(result.isError()).as(text(result)).isFalse();
            assertThat(text(result)).isEqualTo("Mock reply to: hello there");
            Map<?, ?> run = (Map<?, ?>) result.structuredContent();
            assertThat(run.get("status")).isEqualTo("completed");
            assertThat(run.get("route")).isEqualTo("support");
            runId = (String) run.get("id");
            assertThat(runId).startsWith("run_");

            McpSchema.CallToolResult followed = call(bob, "get_run", Map.of("run_id", runId));
            assertThat(followed.isError()).as(text(followed)).isFalse();
            assertThat(((Map<?, ?>) followed.structuredContent()).get("id")).isEqualTo(runId);
        }
        try (McpSyncClient carol = client(RunningGateway.CAROL)) {
            carol.initialize();
            McpSchema.CallToolResult hidden = call(carol, "get_run", Map.of("run_id", runId));
            assertThat(hidden.isError()).as(text(hidden)).isTrue();
            assertThat(errorCode(hidden)).isEqualTo("run_not_found");
        }
    }

    @Test
    void chatAcceptsAConversationAndARouteName() {
        try (McpSyncClient bob = client(RunningGateway.BOB)) {
            bob.initialize();
            McpSchema.CallToolResult result = call(bob, "chat", Map.of("route", "support", "messages", java.util.List.of(
                    Map.of("role", "system", "content", "be brief"), Map.of("role", "user", "content", "second turn"))));

            assertThat(result.isError()).as(text(result)).isFalse();
            assertThat(text(result)).isEqualTo("Mock reply to: second turn");
        }
    }

    @Test
    void aGuardRefusalIsAToolErrorNamingTheGuard() {
        try (McpSyncClient bob = client(RunningGateway.BOB)) {
            bob.initialize();
            McpSchema.CallToolResult refused = call(bob, "chat", Map.of("model", "mock-1", "prompt", "tell me about acme"));

            assertThat(refused.isError()).as(text(refused)).isTrue();
            Map<?, ?> error = (Map<?, ?>) ((Map<?, ?>) refused.structuredContent()).get("error");
            assertThat(error.get("type")).isEqualTo("guardrail_refusal");
            assertThat(error.get("code")).isEqualTo("house-rules");
            assertThat((String) ((Map<?, ?>) refused.structuredContent()).get("run_id")).startsWith("run_");
            assertThat(text(refused)).contains("\"code\":\"house-rules\"").doesNotContain("Exception");
        }
    }

    @Test
    void aRunNeedingApprovalAnswersItsRunIdAndShowsUpForApprovers() {
        String runId;
        try (McpSyncClient bob = client(RunningGateway.BOB)) {
            bob.initialize();
            McpSchema.CallToolResult paused = call(bob, "chat", Map.of("model", "mock-1", "prompt", "please make a wire transfer"));

            assertThat(paused.isError()).as(text(paused)).isFalse();
            Map<?, ?> run = (Map<?, ?>) paused.structuredContent();
            assertThat(run.get("status")).isEqualTo("paused");
            runId = (String) run.get("id");
            assertThat(text(paused)).contains(runId).contains("awaits approval");

            // hidden from bob's tools/list, and refused when called anyway
            McpSchema.CallToolResult refused = call(bob, "list_approvals", Map.of());
            assertThat(refused.isError()).as(text(refused)).isTrue();
            assertThat(errorCode(refused)).isEqualTo("role_required");
        }
        try (McpSyncClient alice = client(RunningGateway.ALICE)) {
            alice.initialize();
            McpSchema.CallToolResult pending = call(alice, "list_approvals", Map.of("route", "support"));

            assertThat(pending.isError()).as(text(pending)).isFalse();
            assertThat(text(pending)).contains("\"run_id\":\"" + runId + "\"").contains("\"status\":\"pending\"");
        }
    }

    @Test
    void routesAreAuthorizedInsideTheCall() {
        try (McpSyncClient bob = client(RunningGateway.BOB)) {
            bob.initialize();
            assertThat(text(call(bob, "list_models", Map.of()))).contains("mock-1").doesNotContain("mock-payments");

            McpSchema.CallToolResult forbidden = call(bob, "chat", Map.of("model", "mock-payments", "prompt", "hi"));
            assertThat(forbidden.isError()).as(text(forbidden)).isTrue();
            assertThat(errorCode(forbidden)).isEqualTo("route_forbidden");
        }
        try (McpSyncClient alice = client(RunningGateway.ALICE)) {
            alice.initialize();
            assertThat(call(alice, "chat", Map.of("model", "mock-payments", "prompt", "hi")).isError()).isFalse();
        }
    }

    @Test
    void argumentsOutsideTheSchemaAreAToolError() {
        try (McpSyncClient bob = client(RunningGateway.BOB)) {
            bob.initialize();
            assertThat(call(bob, "chat", Map.of("model", "mock-1")).isError()).isTrue();
            assertThat(call(bob, "chat", Map.of("model", "mock-1", "route", "support", "prompt", "hi")).isError()).isTrue();
            assertThat(call(bob, "get_run", Map.of()).isError()).isTrue();
        }
    }

    private static McpSyncClient client(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(gateway.uri("").toString())
                .endpoint("/mcp")
                .addHttpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + token))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    }

    private static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().getFirst()).text();
    }

    private static String errorCode(McpSchema.CallToolResult result) {
        return (String) ((Map<?, ?>) ((Map<?, ?>) result.structuredContent()).get("error")).get("code");
    }
}
