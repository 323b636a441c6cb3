package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.server.fixtures.FakeUpstream;
import dev.aegis.server.fixtures.OtlpReceiver;
import dev.aegis.server.fixtures.RunningGateway;
import dev.aegis.server.telemetry.JsonLogFormatter;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Observability end to end: spans to an in-process OTLP collector, metrics pushed there and
 * scraped from {@code /metrics}, spans also written to the log by the console exporter; and what
 * must never show up in any of them.
 */
class TelemetryIT {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";
    private static final String FAKE_KEY = "sk-canary-7Hq2Zp9LmX4vB8";
    private static final String EMAIL = "carla.canary@example.com";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String SCRAPE_TOKEN = "scrape-token-telemetry-it";

    @TempDir
    static Path dir;

    static FakeUpstream upstream;
    static OtlpReceiver collector;
    static RunningGateway gateway;
    static final List<String> logs = new CopyOnWriteArrayList<>();
    static final Logger console = Logger.getLogger("dev.aegis.telemetry");
    static final Handler capture = new Handler() {
        private final JsonLogFormatter json = new JsonLogFormatter();

        @Override
        public void publish(LogRecord record) {
            logs.add(json.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeAll
    static void start() throws Exception {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        // the console exporter's lines are captured, not printed
        console.setUseParentHandlers(false);
        console.addHandler(capture);
        upstream = new FakeUpstream();
        collector = new OtlpReceiver();
        Path token = Files.writeString(dir.resolve("scrape-token"), SCRAPE_TOKEN);
        gateway = RunningGateway.start(dir, """
                observability: {span-export-delay: 20ms, metrics: {token: {secret: "file:%s"}}}
                telemetry:
                  - type: otlp
                    config: {endpoint: "%s", metrics-interval: 200ms}
                  - type: prometheus
                  - type: console
                    config: {target: log}
                providers:
                  up: {type: openai, config: {base-url: "%s", model: up-1}}
                nodes:
                  key-guard:
                    type: regex-guard
                    config:
                      rules:
                        - {name: api-key, pattern: 'sk-[A-Za-z0-9-]{8,}', action: sanitize, replacement: '[KEY]'}
                  team-budget:
                    type: budgets
                    config:
                      prices: {up-1: {input: 1000, output: 2000}}
                      limits: {teams: {payments: {spend: {month: 100}}}}
                routes:
                  guarded:
                    models: [up-1]
                    ingress: [pii-mask, key-guard, team-budget]
                    execute: {providers: [up]}
                    capture-content: true
                    egress: [pii-unmask]
                """.formatted(token, collector.endpoint(), upstream.baseUrl("ok")));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        collector.close();
        upstream.close();
        Logger.getLogger("").removeHandler(capture);
        console.removeHandler(capture);
        console.setUseParentHandlers(true);
    }

    @Test
    void aGuardedStreamedRequestIsOneTraceFromTheCallerThroughEachStepToTheUpstream() {
        String callerSpan = "0000000000000aa1";
        HttpResponse<String> response = chat(RunningGateway.ALICE, true, "Say hello", Map.of("traceparent", "00-" + TRACE + "-" + callerSpan + "-01"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        List<Span> spans = collector.spansOnceAny(span -> hex(span.getParentSpanId()).equals(callerSpan));

        Span server = spans.stream().filter(span -> hex(span.getParentSpanId()).equals(callerSpan)).findFirst().orElseThrow();
        assertThat(hex(server.getTraceId())).as("the caller's trace continues").isEqualTo(TRACE);
        assertThat(server.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(server.getName()).isEqualTo("POST /v1/chat/completions");
        assertThat(attributes(server)).containsEntry("http.request.method", "POST").containsEntry("http.route", "/v1/chat/completions")
                .containsEntry("http.response.status_code", "200").containsEntry("aegis.route", "guarded");

        List<Span> steps = childrenOf(server, spans);
        assertThat(steps).extracting(Span::getName).containsExactly("ingress.1.pii-mask", "ingress.2.key-guard", "ingress.3.team-budget", "execute", "egress.1.pii-unmask");
        Span guard = steps.get(1);
        assertThat(guard.getEventsList()).singleElement().satisfies(event -> {
            assertThat(event.getName()).isEqualTo("aegis.guard.verdict");
            assertThat(event.getAttributesList()).extracting(KeyValue::getKey).contains("aegis.guard", "aegis.guard.outcome");
            assertThat(value(event.getAttributesList(), "aegis.guard.outcome")).isEqualTo("allow");
        });

        Span client = childrenOf(steps.get(3), spans).getFirst();
        assertThat(client.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(client.getName()).isEqualTo("chat up-1");
        assertThat(attributes(client))
                .containsEntry("gen_ai.operation.name", "chat")
                .containsEntry("gen_ai.provider.name", "openai")
                .containsEntry("gen_ai.request.model", "up-1")
                .containsEntry("gen_ai.response.model", "up-1")
                .containsEntry("gen_ai.usage.input_tokens", "7")
                .containsEntry("gen_ai.usage.output_tokens", "3")
                .containsEntry("gen_ai.response.finish_reasons", "[stop]")
                .containsEntry("aegis.provider", "up")
                .containsEntry("aegis.stream", "true")
                .containsKey("aegis.gen_ai.time_to_first_token");

        assertThat(upstream.traceparents).as("the upstream joins the same trace, below the client span")
                .contains("00-" + TRACE + "-" + hex(client.getSpanId()) + "-01");
        assertThat(collector.contentTypes).allMatch("application/x-protobuf"::equals);
    }

    @Test
    void theScrapeShowsTheCountersMovingAfterRequests() {
        String before = scrape();

        assertThat(chat(RunningGateway.ALICE, false, "Say hello", Map.of()).statusCode()).isEqualTo(200);
        assertThat(chat(RunningGateway.ALICE, true, "Say hello again", Map.of()).statusCode()).isEqualTo(200);

        String after = eventually(TelemetryIT::scrape, text -> sum(text, "http_server_request_duration_seconds_count", "http_route=\"/v1/chat/completions\"")
                >= sum(before, "http_server_request_duration_seconds_count", "http_route=\"/v1/chat/completions\"") + 2);
        assertThat(sum(after, "aegis_run_duration_seconds_count", "aegis_route=\"guarded\"", "aegis_run_status=\"completed\"", "aegis_provider=\"up\""))
                .isEqualTo(sum(before, "aegis_run_duration_seconds_count", "aegis_route=\"guarded\"", "aegis_run_status=\"completed\"") + 2);
        assertThat(sum(after, "aegis_guard_verdicts_total", "aegis_guard=\"regex-guard\"", "aegis_guard_outcome=\"allow\""))
                .isEqualTo(sum(before, "aegis_guard_verdicts_total", "aegis_guard=\"regex-guard\"", "aegis_guard_outcome=\"allow\"") + 2);
        assertThat(sum(after, "gen_ai_client_token_usage_sum", "aegis_team=\"payments\"", "gen_ai_token_type=\"input\""))
                .isEqualTo(sum(before, "gen_ai_client_token_usage_sum", "aegis_team=\"payments\"", "gen_ai_token_type=\"input\"") + 14);
        assertThat(sum(after, "gen_ai_client_operation_duration_seconds_count", "aegis_provider=\"up\""))
                .isEqualTo(sum(before, "gen_ai_client_operation_duration_seconds_count", "aegis_provider=\"up\"") + 2);
        assertThat(sum(after, "aegis_gen_ai_time_to_first_token_seconds_count", "aegis_provider=\"up\""))
                .isEqualTo(sum(before, "aegis_gen_ai_time_to_first_token_seconds_count", "aegis_provider=\"up\"") + 1);
        assertThat(after).contains("# TYPE aegis_upstream_circuit_state gauge", "aegis_upstream_circuit_state{aegis_provider=\"up\"} 0");
        assertThat(sum(after, "aegis_budget_remaining", "aegis_team=\"payments\"", "aegis_budget_period=\"month\""))
                .as("the team's headroom is below its limit once it spent").isLessThan(100).isGreaterThan(99);
        assertThat(after).as("no run ids or end users in metric labels").doesNotContainPattern("run_[0-9a-f]{8}").doesNotContain("alice");
    }

    @Test
    void aFakeKeyAndPersonalDataNeverReachSpansMetricsOrLogs() {
        String prompt = "My key is " + FAKE_KEY + ", mail me at " + EMAIL + ", card " + CARD;
        assertThat(chat(RunningGateway.ALICE, true, prompt, Map.of("x-api-key", FAKE_KEY)).statusCode()).isEqualTo(200);
        assertThat(chat(RunningGateway.ALICE, false, prompt, Map.of()).statusCode()).isEqualTo(200);
        assertThat(chat(FAKE_KEY, false, prompt, Map.of()).statusCode()).isEqualTo(401);

        List<Span> spans = collector.spansOnceAny(span -> attributes(span).getOrDefault("http.response.status_code", "").equals("401"));
        String metrics = scrape();
        eventually(() -> logs, lines -> lines.stream().anyMatch(line -> line.contains("\\\"http.response.status_code\\\":401")));

        assertThat(spans).as("the requests were traced").hasSizeGreaterThan(3);
        assertThat(collector.metrics()).as("metrics were pushed").isNotEmpty();
        assertThat(logs).as("the console exporter wrote spans to the log").anyMatch(line -> line.contains("\\\"signal\\\":\\\"span\\\""));
        String exported = collector.raw().stream().map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).collect(Collectors.joining("\n"));
        // the route captures content: what the model saw is there, masked
        assertThat(spans).anySatisfy(span -> assertThat(attributes(span).getOrDefault("gen_ai.input.messages", ""))
                .contains("<SECRET_1>").contains("<EMAIL_1>").contains("<CREDIT_CARD_1>").contains("\"role\":\"user\""));
        assertThat(spans).anySatisfy(span -> assertThat(attributes(span)).containsKey("gen_ai.output.messages"));
        for (String secret : List.of(FAKE_KEY, "canary-7Hq2", EMAIL, "carla.canary", CARD, CARD.replace(" ", ""), "1111 1111")) {
            assertThat(exported).as("OTLP export").doesNotContain(secret);
            assertThat(metrics).as("/metrics").doesNotContain(secret);
            assertThat(String.join("", logs)).as("logs").doesNotContain(secret);
        }
    }

    private static HttpResponse<String> chat(String token, boolean stream, String prompt, Map<String, String> headers) {
        String body = """
                {"model": "up-1", "stream": %s, "messages": [{"role": "user", "content": "%s"}]}""".formatted(stream, prompt);
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri("/v1/chat/completions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return gateway.send(request.build());
    }

    private static String scrape() {
        HttpResponse<String> response = gateway.get("/metrics", SCRAPE_TOKEN);
        assertThat(response.statusCode()).as("the scrape with its token").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    /** The sum of the samples of {@code name} whose labels include every one of {@code labels}. */
    private static double sum(String exposition, String name, String... labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(exposition);
        double total = 0;
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        return value;
    }

    private static List<Span> childrenOf(Span parent, List<Span> spans) {
        return spans.stream().filter(span -> span.getParentSpanId().equals(parent.getSpanId()))
                .sorted(Comparator.comparingLong(Span::getStartTimeUnixNano)).toList();
    }

    private static Map<String, String> attributes(Span span) {
        return span.getAttributesList().stream().collect(Collectors.toMap(KeyValue::getKey, keyValue -> text(keyValue.getValue())));
    }

    private static String value(List<KeyValue> attributes, String key) {
        return attributes.stream().filter(attribute -> attribute.getKey().equals(key)).map(attribute -> text(attribute.getValue())).findFirst().orElse("");
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream().map(TelemetryIT::text).collect(Collectors.joining(",", "[", "]"));
            default -> value.toString();
        };
    }

    private static String hex(com.google.protobuf.ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }
}
