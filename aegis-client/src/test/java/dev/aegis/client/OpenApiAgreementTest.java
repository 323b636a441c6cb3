package dev.aegis.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.client.error.AegisException;
import dev.aegis.client.internal.json.JsonReader;
import dev.aegis.client.internal.json.JsonWriter;
import dev.aegis.client.model.ApprovalStatus;
import dev.aegis.client.model.ApprovalView;
import dev.aegis.client.model.Approval;
import dev.aegis.client.model.AuditQuery;
import dev.aegis.client.model.AuditRecord;
import dev.aegis.client.model.AuditVerification;
import dev.aegis.client.internal.StreamEvents;
import dev.aegis.client.model.Budgets;
import dev.aegis.client.model.Citation;
import dev.aegis.client.model.Delta;
import dev.aegis.client.model.Durability;
import dev.aegis.client.model.Halt;
import dev.aegis.client.model.HaltKind;
import dev.aegis.client.model.Model;
import dev.aegis.client.model.Route;
import dev.aegis.client.model.RunFailure;
import dev.aegis.client.model.RunUsage;
import dev.aegis.client.model.Message;
import dev.aegis.client.model.Passage;
import dev.aegis.client.model.Role;
import dev.aegis.client.model.Run;
import dev.aegis.client.model.RunEvent;
import dev.aegis.client.model.RunRequest;
import dev.aegis.client.model.RunStatus;
import dev.aegis.client.model.ToolCall;
import dev.aegis.client.model.ToolPin;
import dev.aegis.client.model.ToolPinStatus;
import dev.aegis.client.model.FileErrorCode;
import dev.aegis.client.model.FileObject;
import dev.aegis.client.model.FilePurpose;
import dev.aegis.client.model.FileStatus;
import dev.aegis.client.model.SearchResult;
import dev.aegis.client.model.VectorStore;
import dev.aegis.client.model.VectorStoreFile;
import dev.aegis.client.model.VectorStoreFileStatus;
import dev.aegis.client.model.VectorStoreStatus;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client agrees with the gateway's {@code /openapi.json} on every path it calls, every field of its
 * records and every enum value; and the check can fail (it is run on mutated copies of the document).
 */
class OpenApiAgreementTest {

    static final Path DOCUMENT = Path.of("../aegis-server/src/main/resources/dev/aegis/server/openapi.json");

    private static final String SCHEMAS = "#/components/schemas/";

    /** Each record with the schema that describes it. */
    static final Map<Class<?>, String> RECORDS = records();

    /** Each enum with the values the document allows for it. */
    static final Map<Class<? extends Enum<?>>, String> ENUMS = enums();

    private static Map<Class<?>, String> records() {
        Map<Class<?>, String> records = new LinkedHashMap<>();
        records.put(Run.class, SCHEMAS + "Run");
        records.put(Halt.class, SCHEMAS + "Run/properties/halt");
        records.put(RunEvent.class, SCHEMAS + "RunEvent");
        records.put(RunFailure.class, SCHEMAS + "Run/properties/error");
        records.put(RunUsage.class, SCHEMAS + "Run/properties/usage");
        records.put(Citation.class, SCHEMAS + "Citation");
        records.put(Delta.ToolCallFragment.class, SCHEMAS + "RunDelta/properties/tool_call");
        records.put(Message.class, SCHEMAS + "Message");
        records.put(ToolCall.class, SCHEMAS + "ToolCall");
        records.put(ToolCall.FunctionCall.class, SCHEMAS + "ToolCall/properties/function");
        records.put(Approval.class, SCHEMAS + "Approval");
        records.put(Passage.class, SCHEMAS + "Approval/properties/passages/items");
        records.put(AuditRecord.class, SCHEMAS + "AuditRecord");
        records.put(ToolPin.class, SCHEMAS + "ToolPin");
        records.put(ToolPin.Pending.class, SCHEMAS + "ToolPin/properties/pending");
        records.put(AuditVerification.class, SCHEMAS + "AuditVerification");
        records.put(Route.class, SCHEMAS + "Route");
        records.put(Model.class, SCHEMAS + "Model");
        records.put(Budgets.class, SCHEMAS + "Budgets");
        records.put(Budgets.Team.class, SCHEMAS + "Budgets/properties/teams/items");
        records.put(Budgets.Key.class, SCHEMAS + "Budgets/properties/key");
        records.put(Budgets.Limit.class, SCHEMAS + "BudgetLimit");
        records.put(VectorStore.class, SCHEMAS + "VectorStore");
        records.put(VectorStore.FileCounts.class, SCHEMAS + "FileCounts");
        records.put(FileObject.class, SCHEMAS + "File");
        records.put(VectorStoreFile.class, SCHEMAS + "VectorStoreFile");
        records.put(VectorStoreFile.LastError.class, SCHEMAS + "VectorStoreFile/properties/last_error");
        records.put(SearchResult.class, SCHEMAS + "SearchResult");
        records.put(SearchResult.Content.class, SCHEMAS + "SearchResult/properties/content/items");
        return records;
    }

    private static Map<Class<? extends Enum<?>>, String> enums() {
        Map<Class<? extends Enum<?>>, String> enums = new LinkedHashMap<>();
        enums.put(RunStatus.class, SCHEMAS + "Run/properties/status/enum");
        enums.put(ApprovalStatus.class, SCHEMAS + "Approval/properties/status/enum");
        enums.put(ApprovalView.class, SCHEMAS + "Approval/properties/view/enum");
        enums.put(ToolPinStatus.class, SCHEMAS + "ToolPin/properties/status/enum");
        enums.put(Role.class, SCHEMAS + "Message/properties/role/enum");
        enums.put(HaltKind.class, SCHEMAS + "Run/properties/halt/properties/kind/enum");
        enums.put(Durability.class, SCHEMAS + "Route/properties/durability/enum");
        enums.put(VectorStoreStatus.class, SCHEMAS + "VectorStore/properties/status/enum");
        enums.put(VectorStoreFileStatus.class, SCHEMAS + "VectorStoreFile/properties/status/enum");
        enums.put(FileErrorCode.class, SCHEMAS + "VectorStoreFile/properties/last_error/properties/code/enum");
        enums.put(FilePurpose.class, SCHEMAS + "File/properties/purpose/enum");
        enums.put(FileStatus.class, SCHEMAS + "File/properties/status/enum");
        return enums;
    }

    private final FakeGateway gateway;

    OpenApiAgreementTest() throws IOException {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void theClientAndTheDocumentAgree() throws Exception {
        OpenApiContract contract = new OpenApiContract(document());

        assertThat(contract.problems(requests(), RECORDS, ENUMS)).isEmpty();
    }

    @Test
    void theStreamsEventNamesAndDeltaShapesAreTheDocuments() throws Exception {
        OpenApiContract contract = new OpenApiContract(document());

        assertThat(OpenApiContract.map(contract.resolve("#/paths/~1v1~1runs/post/responses/200/x-aegis-events")).keySet())
                .containsExactlyInAnyOrderElementsOf(StreamEvents.NAMES);
        assertThat(OpenApiContract.map(contract.resolve(SCHEMAS + "RunDelta/properties")).keySet()).containsExactlyInAnyOrder("content", "tool_call");
        assertThat(Delta.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Delta.Content.class, Delta.ToolCallFragment.class);
        assertThat(Delta.Content.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName).containsExactly("content");
    }

    @Test
    void everyMethodOfEveryApiWasCalled() throws Exception {
        assertThat(requests()).extracting(request -> request.method() + " " + request.uri().getPath()).contains(
                "POST /v1/runs", "GET /v1/runs/x", "GET /v1/approvals", "GET /v1/approvals/x", "POST /v1/approvals/x/approve",
                "POST /v1/approvals/x/reject", "GET /v1/audit", "GET /v1/audit/verify", "GET /v1/budgets", "GET /v1/tool-pins",
                "POST /v1/tool-pins/approve", "GET /v1/routes", "GET /v1/models", "POST /v1/vector_stores", "GET /v1/vector_stores",
                "GET /v1/vector_stores/x", "DELETE /v1/vector_stores/x", "POST /v1/files", "POST /v1/vector_stores/x/files",
                "GET /v1/vector_stores/x/files/x", "POST /v1/vector_stores/x/search");
    }

    @Test
    void aFieldDroppedFromTheDocumentIsReported() throws Exception {
        Map<String, Object> document = document();
        OpenApiContract.map(OpenApiContract.map(schema(document, "Run")).get("properties")).remove("finish_reason");

        assertThat(introduced(document, List.of()))
                .containsExactly("Run.finishReason: the record has it, #/components/schemas/Run has no property 'finish_reason'");
    }

    @Test
    void aFieldAddedToTheDocumentIsReported() throws Exception {
        Map<String, Object> document = document();
        OpenApiContract.map(OpenApiContract.map(schema(document, "Approval")).get("properties")).put("escalated_to", Map.of("type", "string"));

        assertThat(introduced(document, List.of()))
                .containsExactly("#/components/schemas/Approval/properties/escalated_to: the schema has it, Approval has no component for it");
    }

    @Test
    void aRenamedPathIsReported() throws Exception {
        Map<String, Object> document = document();
        Map<String, Object> paths = OpenApiContract.map(document.get("paths"));
        paths.put("/v1/run/{id}", paths.remove("/v1/runs/{id}"));

        assertThat(introduced(document, requests()))
                .containsExactly("GET /v1/runs/x: the client calls it, the document has no such path");
    }

    @Test
    void anEnumValueAddedOrDroppedIsReported() throws Exception {
        Map<String, Object> document = document();
        Map<String, Object> status = OpenApiContract.map(OpenApiContract.map(OpenApiContract.map(schema(document, "Run")).get("properties")).get("status"));
        List<Object> values = new ArrayList<>(OpenApiContract.list(status.get("enum")));
        values.add("cancelled");
        values.remove("failed");
        status.put("enum", values);

        assertThat(introduced(document, List.of())).containsExactlyInAnyOrder(
                "RunStatus: the client knows 'failed', #/components/schemas/Run/properties/status/enum does not",
                "#/components/schemas/Run/properties/status/enum: the document has 'cancelled', RunStatus does not");
    }

    @Test
    void aCollectionFieldOrStatusTheDocumentChangesIsReported() throws Exception {
        Map<String, Object> document = document();
        Map<String, Object> file = OpenApiContract.map(OpenApiContract.map(schema(document, "VectorStoreFile")).get("properties"));
        file.remove("chunking_strategy");
        OpenApiContract.map(file.get("status")).put("enum", List.of("in_progress", "completed", "failed", "cancelled"));
        OpenApiContract.map(OpenApiContract.map(schema(document, "VectorStore")).get("properties")).put("expires_at", Map.of("type", "integer"));
        Map<String, Object> lastError = OpenApiContract.map(OpenApiContract.map(file.get("last_error")).get("properties"));
        OpenApiContract.map(lastError.get("code")).put("enum", List.of("server_error", "unsupported_file", "invalid_file", "rate_limit_exceeded"));
        Map<String, Object> upload = OpenApiContract.map(OpenApiContract.map(schema(document, "File")).get("properties"));
        OpenApiContract.map(upload.get("purpose")).put("enum", List.of("assistants", "batch", "fine-tune", "vision", "user_data"));
        OpenApiContract.map(upload.get("status")).put("enum", List.of("uploaded", "processed"));

        assertThat(introduced(document, List.of())).containsExactlyInAnyOrder(
                "#/components/schemas/VectorStoreFile/properties/last_error/properties/code/enum: the document has 'rate_limit_exceeded', FileErrorCode does not",
                "FilePurpose: the client knows 'evals', #/components/schemas/File/properties/purpose/enum does not",
                "#/components/schemas/File/properties/status/enum: the document has 'uploaded', FileStatus does not",
                "VectorStoreFile.chunkingStrategy: the record has it, #/components/schemas/VectorStoreFile has no property 'chunking_strategy'",
                "#/components/schemas/VectorStoreFile/properties/status/enum: the document has 'cancelled', VectorStoreFileStatus does not",
                "#/components/schemas/VectorStore/properties/expires_at: the schema has it, VectorStore has no component for it");
    }

    @Test
    void aChangedConstantIsReported() throws Exception {
        Map<String, Object> document = document();
        OpenApiContract.map(OpenApiContract.map(schema(document, "Run")).get("properties")).put("object", Map.of("const", "governed_run"));

        assertThat(introduced(document, List.of()))
                .containsExactly("#/components/schemas/Run/properties/object: the schema's const 'governed_run' is not Run.OBJECT");
    }

    @Test
    void anUndocumentedQueryParameterIsReported() throws Exception {
        Map<String, Object> document = document();
        Map<String, Object> list = OpenApiContract.map(OpenApiContract.map(OpenApiContract.map(document.get("paths")).get("/v1/approvals")).get("get"));
        list.put("parameters", OpenApiContract.list(list.get("parameters")).stream().filter(p -> !"wait".equals(OpenApiContract.map(p).get("name"))).toList());

        assertThat(introduced(document, requests()))
                .containsExactly("GET /v1/approvals: the client sends query parameter 'wait', the document does not list it");
    }

    /** The problems the mutated document has that the repository's does not: what the mutation alone caused. */
    private static List<String> introduced(Map<String, Object> mutated, List<OpenApiContract.Request> requests) throws IOException {
        List<String> before = new OpenApiContract(document()).problems(requests, RECORDS, ENUMS);
        List<String> after = new ArrayList<>(new OpenApiContract(mutated).problems(requests, RECORDS, ENUMS));
        after.removeAll(before);
        return after;
    }

    private static Object schema(Map<String, Object> document, String name) {
        return OpenApiContract.map(OpenApiContract.map(document.get("components")).get("schemas")).get(name);
    }

    /** A fresh, mutable copy of the repository's document. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> document() throws IOException {
        Object parsed = JsonReader.parse(Files.readString(DOCUMENT));
        return (Map<String, Object>) JsonReader.parse(JsonWriter.write(parsed));
    }

    /** Every method of every API called once with every optional argument given, as the fake gateway received them. */
    private List<OpenApiContract.Request> requests() throws Exception {
        try (AegisClient client = AegisClient.builder().baseUrl(gateway.url()).apiKey("k").maxRetries(0).build()) {
            for (Method api : Aegis.class.getMethods()) {
                if (api.getParameterCount() != 0 || api.getName().equals("close")) {
                    continue;
                }
                Object target = api.invoke(client);
                for (Method method : api.getReturnType().getMethods()) {
                    if (Modifier.isStatic(method.getModifiers())) {
                        continue;
                    }
                    call(target, method);
                }
            }
        }
        return gateway.received().stream().map(request -> new OpenApiContract.Request(request.method(), URI.create(request.uri()))).distinct().toList();
    }

    private static void call(Object target, Method method) throws IllegalAccessException {
        Type[] types = method.getGenericParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = argument(types[i]);
        }
        try {
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof AegisException)) {
                throw new AssertionError(method + " failed", e.getCause());
            }
        }
    }

    private static Object argument(Type type) {
        if (type instanceof ParameterizedType optional && optional.getRawType() == Optional.class) {
            Type inner = optional.getActualTypeArguments()[0];
            if (inner == Duration.class) {
                return Optional.of(Duration.ofSeconds(1));
            }
            if (inner == ToolPinStatus.class) {
                return Optional.of(ToolPinStatus.QUARANTINED);
            }
            if (inner instanceof ParameterizedType) {
                return Optional.of(List.of(Message.user("x")));
            }
            return Optional.of("x");
        }
        if (type == String.class) {
            return "x";
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == byte[].class) {
            return new byte[] {1};
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (type == RunRequest.class) {
            return RunRequest.of("x", "x").withModel("m").withLabels(Map.of("k", "v")).withParameters(Map.of("temperature", 0));
        }
        if (type == AuditQuery.class) {
            return AuditQuery.all().run("x").route("x").principal("x").type("x").since(java.time.Instant.EPOCH).after(1).limit(1);
        }
        throw new IllegalStateException("no argument for " + type);
    }
}
