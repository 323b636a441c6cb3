package dev.aegis.plugin.otlp;

import dev.aegis.api.telemetry.FinishedSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finished spans as an OTLP {@code ExportTraceServiceRequest}: grouped by resource, then by
 * instrumentation scope, as the protocol nests them.
 */
final class TraceEncoding {

    private TraceEncoding() {}

    static byte[] encode(List<FinishedSpan> spans) {
        // Spans of one process share their resource map (usually the very same instance): grouped by
        // identity first, by equality only when that misses; there are only ever a few groups.
        List<Map<String, Object>> resources = new ArrayList<>();
        List<Map<String, List<FinishedSpan>>> scopesByResource = new ArrayList<>();
        for (FinishedSpan span : spans) {
            int at = indexOf(resources, span.resource());
            if (at < 0) {
                resources.add(span.resource());
                scopesByResource.add(new LinkedHashMap<>());
                at = resources.size() - 1;
            }
            scopesByResource.get(at).computeIfAbsent(span.scope(), scope -> new ArrayList<>()).add(span);
        }
        ProtoWriter request = new ProtoWriter();
        for (int i = 0; i < resources.size(); i++) {
            ProtoWriter resourceSpans = new ProtoWriter().message(1, CommonEncoding.resource(resources.get(i)));
            scopesByResource.get(i).forEach((scope, scoped) -> {
                ProtoWriter scopeSpans = new ProtoWriter().message(1, CommonEncoding.scope(scope));
                scoped.forEach(span -> scopeSpans.message(2, span(span)));
                resourceSpans.message(2, scopeSpans);
            });
            request.message(1, resourceSpans);
        }
        return request.toByteArray();
    }

    private static int indexOf(List<Map<String, Object>> resources, Map<String, Object> resource) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            if (resources.get(i) == resource) {
                return i;
            }
        }
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i).equals(resource)) {
                return i;
            }
        }
        return -1;
    }

    private static ProtoWriter span(FinishedSpan span) {
        ProtoWriter message = new ProtoWriter()
                .bytes(1, CommonEncoding.hex(span.traceId()))
                .bytes(2, CommonEncoding.hex(span.spanId()));
        if (!span.parentSpanId().isEmpty()) {
            message.bytes(4, CommonEncoding.hex(span.parentSpanId()));
        }
        message.string(5, span.name())
                .varint(6, span.kind().ordinal() + 1)
                .fixed64(7, span.startEpochNanos())
                .fixed64(8, span.endEpochNanos());
        CommonEncoding.attributes(message, 9, span.attributes());
        for (FinishedSpan.SpanEvent event : span.events()) {
            ProtoWriter encoded = new ProtoWriter().fixed64(1, event.epochNanos()).string(2, event.name());
            CommonEncoding.attributes(encoded, 3, event.attributes());
            message.message(11, encoded);
        }
        if (span.status() != FinishedSpan.Status.UNSET) {
            message.message(15, new ProtoWriter().optionalString(2, span.statusMessage()).varint(3, span.status().ordinal()));
        }
        return message;
    }
}
