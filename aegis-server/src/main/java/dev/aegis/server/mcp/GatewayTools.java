package dev.aegis.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Approvals;
import dev.aegis.server.internal.ApiError;
import dev.aegis.server.internal.ApprovalDocument;
import dev.aegis.server.internal.ChatCompletionParser;
import dev.aegis.server.internal.ChatCompletionsHandler;
import dev.aegis.server.internal.Gateway;
import dev.aegis.server.internal.Json;
import dev.aegis.server.internal.Outcomes;
import dev.aegis.server.internal.RunDocument;
import dev.aegis.server.internal.RunIds;
import dev.aegis.server.internal.RunRecorder;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncListFilter;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway as MCP tools. {@code chat} takes the same path as {@code POST /v1/chat/completions}
 * (route admission, the whole compiled pipeline, run recording and audit); the others show what the
 * REST API shows, to the same principals. Every call authorizes its caller, whatever {@code tools/list} showed.
 */
public final class GatewayTools {

    static final String CHAT = "chat";
    static final String LIST_APPROVALS = "list_approvals";

    private static final Logger LOG = Logger.getLogger(GatewayTools.class.getName());

    @FunctionalInterface
    private interface Call {
        McpSchema.CallToolResult apply(Principal caller, JsonNode arguments);
    }

    private final Gateway gateway;
    private final RunRecorder runs;
    private final Approvals approvals;
    private final String approverRole;

    public GatewayTools(Gateway gateway, RunRecorder runs, Approvals approvals, String approverRole) {
        this.gateway = gateway;
        this.runs = runs;
        this.approvals = approvals;
        this.approverRole = approverRole;
    }

    List<SyncToolSpecification> specifications(McpJsonMapper mapper, Callers callers) {
        return List.of(
                tool(mapper, callers, CHAT, "Chat through the gateway", """
                        Sends a conversation to a model through Aegis. The model name (see list_models) or route name selects \
                        the route, and the route's whole pipeline applies: guards, PII masking, budgets, approvals, audit. \
                        A refusal is an error result whose code names the policy; a request that needs human approval \
                        answers its run id with status 'paused' (follow it with get_run).""",
                        ToolSchemas.CHAT, false, this::chat),
                tool(mapper, callers, "list_models", "List models", "Lists the model names you may use with chat, and the route each selects.",
                        ToolSchemas.NONE, true, this::listModels),
                tool(mapper, callers, "list_routes", "List routes", "Lists the routes you may use with chat: their models, guards, providers and durability.",
                        ToolSchemas.NONE, true, this::listRoutes),
                tool(mapper, callers, "get_run", "Get a run", "Shows one of your runs (an approver sees anyone's): status, output, why it stopped, usage and events.",
                        ToolSchemas.GET_RUN, true, this::getRun),
                tool(mapper, callers, LIST_APPROVALS, "List pending approvals",
                        "Lists runs paused for human approval, optionally on one route. Needs the approver role.",
                        ToolSchemas.LIST_APPROVALS, true, this::listApprovals));
    }

    /** Hides tools a caller could not use anyway; calls are still authorized one by one. */
    McpSyncListFilter<McpSchema.Tool> visibility(Callers callers) {
        return (context, tool) -> !tool.name().equals(LIST_APPROVALS)
                || callers.of(context).map(principal -> principal.hasRole(approverRole)).orElse(false);
    }

    private McpSchema.CallToolResult chat(Principal caller, JsonNode arguments) {
        String model = text(arguments, "model");
        String routeName = text(arguments, "route");
        if (model.isEmpty() == routeName.isEmpty()) {
            throw ApiError.badRequest("invalid_arguments", "Give either 'model' or 'route'.", model.isEmpty() ? "model" : "route");
        }
        CompiledRoute route = model.isEmpty() ? gateway.route(routeName, caller) : gateway.routeForModel(model, caller);
        RunState state = RunState.start(RunIds.next(), route.name(), caller, messages(arguments));
        ChatOptions options = new ChatOptions(model.isEmpty() ? "" : ChatCompletionsHandler.providerModel(model, route), List.of(), Map.of());
        RunResult result;
        try {
            result = route.invoke(state, options);
        } catch (RunNotRecordedException unrecorded) {
            throw ApiError.unrecorded(unrecorded);
        }
        String runId = state.runId();
        return switch (result.status()) {
            case COMPLETED -> ToolResults.of(result.answer().orElseThrow().content(), RunDocument.of(result));
            case PAUSED -> ToolResults.of("Run " + runId + " awaits approval: " + result.halt().orElseThrow().reason()
                    + ". Follow it with get_run; an approver decides with list_approvals and the approvals API.", RunDocument.of(result));
            case REFUSED, FAILED -> ToolResults.error(Outcomes.errorOf(result), Optional.of(runId));
        };
    }

    private McpSchema.CallToolResult listModels(Principal caller, JsonNode arguments) {
        return ToolResults.of(Json.bytes(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("models");
            for (var model : gateway.modelsFor(caller).entrySet()) {
                json.writeStartObject();
                json.writeStringField("id", model.getKey());
                json.writeStringField("route", model.getValue().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private McpSchema.CallToolResult listRoutes(Principal caller, JsonNode arguments) {
        return ToolResults.of(Json.bytes(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("routes");
            for (CompiledRoute route : gateway.routesFor(caller)) {
                json.writeStartObject();
                json.writeStringField("name", route.name());
                json.writeArrayFieldStart("models");
                for (String model : route.plan().models()) {
                    json.writeString(model);
                }
                json.writeEndArray();
                json.writeStringField("durability", route.plan().durability().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private McpSchema.CallToolResult getRun(Principal caller, JsonNode arguments) {
        String id = text(arguments, "run_id");
        if (id.isEmpty()) {
            throw ApiError.badRequest("invalid_arguments", "'run_id' is required.", "run_id");
        }
        return ToolResults.of(runs.document(id, caller, caller.hasRole(approverRole))
                .orElseThrow(() -> ApiError.notFound("run_not_found", "No run '" + id + "' is known to this gateway for you.")));
    }

    private McpSchema.CallToolResult listApprovals(Principal caller, JsonNode arguments) {
        if (!caller.hasRole(approverRole)) {
            throw ApiError.forbidden("role_required", "Deciding about paused runs needs the role '" + approverRole + "'.");
        }
        String route = text(arguments, "route");
        List<Approval> pending = route.isEmpty() ? approvals.pending() : approvals.pending(route);
        return ToolResults.of(Json.bytes(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("approvals");
            for (Approval approval : pending) {
                ApprovalDocument.write(json, approval);
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private SyncToolSpecification tool(McpJsonMapper mapper, Callers callers, String name, String title, String description, String schema,
            boolean readOnly, Call call) {
        McpSchema.Tool tool = McpSchema.Tool.builder(name, mapper, schema)
                .title(title)
                .description(description)
                .annotations(new McpSchema.ToolAnnotations(title, readOnly, false, readOnly, !readOnly, null))
                .build();
        return new SyncToolSpecification(tool, (exchange, request) -> {
            Optional<Principal> caller = callers.of(exchange.transportContext());
            if (caller.isEmpty()) {
                return ToolResults.error(ApiError.unauthorized(), Optional.empty());
            }
            try {
                return call.apply(caller.get(), Json.MAPPER.valueToTree(request.arguments() == null ? Map.of() : request.arguments()));
            } catch (ApiError error) {
                return ToolResults.error(error, Optional.empty());
            } catch (RuntimeException e) {
                // Only the type: a message could carry request content.
                LOG.log(Level.WARNING, "MCP tool " + name + " failed: " + e.getClass().getName());
                return ToolResults.error(new ApiError(500, "server_error", "internal_error", "The tool failed inside the gateway.", Optional.empty()),
                        Optional.empty());
            }
        });
    }

    private static List<Message> messages(JsonNode arguments) {
        String prompt = text(arguments, "prompt");
        JsonNode messages = arguments.path("messages");
        boolean hasMessages = !messages.isMissingNode() && !messages.isNull();
        if (prompt.isEmpty() != hasMessages) {
            throw ApiError.badRequest("invalid_arguments", "Give either 'prompt' or 'messages'.", "prompt");
        }
        if (!hasMessages) {
            return List.of(Message.user(prompt));
        }
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("invalid_messages", "'messages' must be a non-empty array.", "messages");
        }
        List<Message> parsed = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            parsed.add(ChatCompletionParser.message(messages.get(i), "messages[" + i + "]"));
        }
        return parsed;
    }

    private static String text(JsonNode arguments, String field) {
        JsonNode value = arguments.path(field);
        return value.isTextual() ? value.asText().strip() : "";
    }
}
