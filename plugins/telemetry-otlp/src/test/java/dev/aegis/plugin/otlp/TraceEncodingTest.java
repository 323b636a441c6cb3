package dev.aegis.plugin.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.aegis.api.telemetry.FinishedSpan;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the hand-written encoder produces, read back with OTLP's own generated protobuf classes. */
class TraceEncodingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Map<String, Object> RESOURCE = Map.of("service.name", "aegis");

    @Test
    void aSpanKeepsItsIdsParentNameKindTimesAttributesEventsAndStatus() throws Exception {
        FinishedSpan client = new FinishedSpan(TRACE, "00f067aa0ba902b7", "a3ce929d0e0e4736", "chat gpt-4o", FinishedSpan.Kind.CLIENT,
                1_700_000_000_000_000_001L, 1_700_000_000_500_000_002L,
                Map.of("gen_ai.operation.name", "chat", "gen_ai.usage.input_tokens", 7L, "aegis.stream", true,
                        "aegis.ratio", 0.25, "gen_ai.response.finish_reasons", List.of("stop"), "empty", ""),
                List.of(new FinishedSpan.SpanEvent("aegis.guard.verdict", 1_700_000_000_100_000_000L, Map.of("aegis.guard", "regex", "zero", 0L))),
                FinishedSpan.Status.ERROR, "upstream_unavailable", "dev.aegis.runtime", RESOURCE);

        Span decoded = single(ExportTraceServiceRequest.parseFrom(TraceEncoding.encode(List.of(client))));

        assertThat(decoded.getTraceId()).isEqualTo(ByteString.copyFrom(HexFormat.of().parseHex(TRACE)));
        assertThat(HexFormat.of().formatHex(decoded.getSpanId().toByteArray())).isEqualTo("00f067aa0ba902b7");
        assertThat(HexFormat.of().formatHex(decoded.getParentSpanId().toByteArray())).isEqualTo("a3ce929d0e0e4736");
        assertThat(decoded.getName()).isEqualTo("chat gpt-4o");
        assertThat(decoded.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(decoded.getStartTimeUnixNano()).isEqualTo(1_700_000_000_000_000_001L);
        assertThat(decoded.getEndTimeUnixNano()).isEqualTo(1_700_000_000_500_000_002L);
        Map<String, AnyValue> attributes = attributes(decoded.getAttributesList());
        assertThat(attributes.get("gen_ai.operation.name").getStringValue()).isEqualTo("chat");
        assertThat(attributes.get("gen_ai.usage.input_tokens").getIntValue()).isEqualTo(7);
        assertThat(attributes.get("aegis.stream").getBoolValue()).isTrue();
        assertThat(attributes.get("aegis.ratio").getDoubleValue()).isEqualTo(0.25);
        assertThat(attributes.get("gen_ai.response.finish_reasons").getArrayValue().getValues(0).getStringValue()).isEqualTo("stop");
        assertThat(attributes.get("empty").getValueCase()).as("a oneof keeps even its default").isEqualTo(AnyValue.ValueCase.STRING_VALUE);
        assertThat(decoded.getEventsList()).singleElement().satisfies(event -> {
            assertThat(event.getName()).isEqualTo("aegis.guard.verdict");
            assertThat(event.getTimeUnixNano()).isEqualTo(1_700_000_000_100_000_000L);
            assertThat(attributes(event.getAttributesList()).get("aegis.guard").getStringValue()).isEqualTo("regex");
            assertThat(attributes(event.getAttributesList()).get("zero").getValueCase()).isEqualTo(AnyValue.ValueCase.INT_VALUE);
        });
        assertThat(decoded.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(decoded.getStatus().getMessage()).isEqualTo("upstream_unavailable");
    }

    @Test
    void aRootSpanHasNoParentAndAnUnsetStatusIsLeftOut() throws Exception {
        Span decoded = single(ExportTraceServiceRequest.parseFrom(TraceEncoding.encode(List.of(span("00f067aa0ba902b7", "dev.aegis.server")))));

        assertThat(decoded.getParentSpanId()).isEmpty();
        assertThat(decoded.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(decoded.hasStatus()).isFalse();
    }

    @Test
    void spansAreGroupedByResourceThenScope() throws Exception {
        ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(TraceEncoding.encode(List.of(
                span("0000000000000001", "dev.aegis.server"), span("0000000000000002", "dev.aegis.runtime"),
                span("0000000000000003", "dev.aegis.runtime"))));

        ResourceSpans resource = request.getResourceSpans(0);
        assertThat(request.getResourceSpansCount()).isEqualTo(1);
        assertThat(attributes(resource.getResource().getAttributesList()).get("service.name").getStringValue()).isEqualTo("aegis");
        assertThat(resource.getScopeSpansList()).extracting(scope -> scope.getScope().getName()).containsExactly("dev.aegis.server", "dev.aegis.runtime");
        assertThat(resource.getScopeSpans(1).getSpansList()).extracting(Span::getName).containsExactly("s0000000000000002", "s0000000000000003");
    }

    private static FinishedSpan span(String spanId, String scope) {
        return new FinishedSpan(TRACE, spanId, "", "s" + spanId, FinishedSpan.Kind.SERVER, 1, 2, Map.of(), List.of(),
                FinishedSpan.Status.UNSET, "", scope, RESOURCE);
    }

    private static Span single(ExportTraceServiceRequest request) {
        assertThat(request.getResourceSpansCount()).isEqualTo(1);
        assertThat(request.getResourceSpans(0).getScopeSpansCount()).isEqualTo(1);
        return request.getResourceSpans(0).getScopeSpans(0).getSpans(0);
    }

    static Map<String, AnyValue> attributes(List<KeyValue> keyValues) {
        return keyValues.stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
    }
}
