package dev.aegis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A gateway spoken to through what its {@code /openapi.json} says: every answer is checked against the operation's
 * description for the status it came with (a status not described, a content type not described, a JSON body that
 * does not conform to the schema, an event of a stream not listed or not conforming), and every operation called
 * is remembered, so that a test can tell which described operations it never exercised.
 */
final class DescribedApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the gateway answered. */
    record Answer(int status, String contentType, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text(String pointer) {
            return json().at(pointer).asText();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final JsonNode document;
    private final SchemaValidator validator;
    private final Set<String> exercised = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Called> calls = new ArrayList<>();

    private record Called(String operation, String method, String template, Answer answer, boolean headersOnly) {}

    DescribedApi(String base, JsonNode document) {
        this.base = base;
        this.document = document;
        this.validator = new SchemaValidator(document);
    }

    /** Every operation the document describes, as {@code METHOD /path/{template}}. */
    Set<String> described() {
        return operations(document);
    }

    static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!operation.getKey().equals("parameters")) {
                operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    Set<String> exercised() {
        return Set.copyOf(exercised);
    }

    /** The operations {@code document} describes that were never called. */
    Set<String> unexercised(JsonNode other) {
        Set<String> left = operations(other);
        left.removeAll(exercised);
        return left;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Calls {@code template} (its parameters filled in order with {@code ids}) with a JSON body, or none when
     * {@code json} is null, and checks the answer.
     */
    Answer call(String method, String template, String key, String json, String... ids) {
        return send(method, template, key, json == null ? null : "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                Map.of(), false, ids);
    }

    Answer send(String method, String template, String key, String contentType, byte[] body, Map<String, String> headers, boolean headersOnly,
            String... ids) {
        String path = template;
        for (String id : ids) {
            path = path.replaceFirst("\\{[^}]+}", id);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json, text/event-stream")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        Answer answer;
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                String text = headersOnly ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.headers(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String operation = method + " " + template;
        exercised.add(operation);
        calls.add(new Called(operation, method, template, answer, headersOnly));
        check(operation, document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)), answer, headersOnly);
        return answer;
    }

    /** The problems every answer received so far would have under {@code other}: proof that a check can fail. */
    List<String> problemsUnder(JsonNode other) {
        DescribedApi again = new DescribedApi(base, other);
        for (Called call : calls) {
            again.check(call.operation(), other.path("paths").path(call.template()).path(call.method().toLowerCase(Locale.ROOT)), call.answer(),
                    call.headersOnly());
        }
        return again.problems();
    }

    private void check(String operation, JsonNode described, Answer answer, boolean headersOnly) {
        String at = operation + " -> " + answer.status() + ": ";
        if (described.isMissingNode()) {
            problems.add(operation + ": not in the document");
            return;
        }
        JsonNode response = described.path("responses").path(Integer.toString(answer.status()));
        if (response.isMissingNode()) {
            problems.add(at + "the status is not described (" + answer.body() + ")");
            return;
        }
        String mediaType = answer.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return;
        }
        if (!content.has(mediaType)) {
            problems.add(at + "answered " + mediaType + ", the document describes " + content.properties().stream().map(Map.Entry::getKey).toList());
            return;
        }
        if (headersOnly) {
            return;
        }
        JsonNode schema = content.path(mediaType).path("schema");
        if (mediaType.equals("application/json") && !schema.isMissingNode()) {
            validator.validate(schema, answer.json()).forEach(problem -> problems.add(at + problem));
        } else if (mediaType.equals("text/event-stream") && response.has("x-aegis-events")) {
            events(at, response.get("x-aegis-events"), response.path("x-aegis-terminator").asText(null), answer.body());
        }
    }

    /**
     * Each event of a stream against the schema the document lists for its name; the data the document names as the
     * stream's terminator ({@code x-aegis-terminator}, such as chat completions' {@code [DONE]}) is no JSON and is skipped.
     */
    private void events(String at, JsonNode described, String terminator, String stream) {
        for (ServerSentEvent event : ServerSentEvent.parse(stream)) {
            if (event.data().equals(terminator)) {
                continue;
            }
            if (!described.has(event.name())) {
                problems.add(at + "event '" + event.name() + "' is not listed in x-aegis-events");
                continue;
            }
            try {
                validator.validate(described.get(event.name()), JSON.readTree(event.data()))
                        .forEach(problem -> problems.add(at + "event '" + event.name() + "' " + problem));
            } catch (IOException e) {
                problems.add(at + "event '" + event.name() + "' is not JSON: " + event.data());
            }
        }
    }

    /** One event of a {@code text/event-stream}: its name ({@code message} when unnamed) and its data lines joined. */
    record ServerSentEvent(String name, String data) {
        static List<ServerSentEvent> parse(String stream) {
            List<ServerSentEvent> events = new ArrayList<>();
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : (stream + "\n\n").split("\r?\n", -1)) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new ServerSentEvent(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                }
            }
            return events;
        }
    }
}
