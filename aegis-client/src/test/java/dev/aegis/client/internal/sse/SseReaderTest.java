package dev.aegis.client.internal.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseReaderTest {

    @Test
    void namedEventsAreDispatchedAtEachBlankLine() throws IOException {
        assertThat(read("event: delta\ndata: {\"content\":\"a\"}\n\nevent: run\ndata: {}\n\n")).containsExactly(
                new SseEvent("delta", "{\"content\":\"a\"}", ""),
                new SseEvent("run", "{}", ""));
    }

    @Test
    void crLfAndLoneCrEndLinesLikeLf() throws IOException {
        assertThat(read("event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\revent: c\ndata: 3\n\n")).extracting(SseEvent::event, SseEvent::data)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "1"), org.assertj.core.groups.Tuple.tuple("b", "2"),
                        org.assertj.core.groups.Tuple.tuple("c", "3"));
    }

    @Test
    void dataLinesJoinWithLineFeeds() throws IOException {
        assertThat(read("data: first\ndata:second\ndata\ndata:  indented\n\n")).containsExactly(new SseEvent("message", "first\nsecond\n\n indented", ""));
    }

    @Test
    void commentsUnknownFieldsAndRetryAreIgnored() throws IOException {
        assertThat(read(": keep-alive\nretry: 10\nfoo: bar\nevent: delta\n: mid-event comment\ndata: x\n\n")).containsExactly(new SseEvent("delta", "x", ""));
    }

    @Test
    void anEventWithoutDataIsNotDispatchedAndItsNameDoesNotLeak() throws IOException {
        assertThat(read("event: lonely\n\ndata: y\n\n")).containsExactly(new SseEvent("message", "y", ""));
    }

    @Test
    void anEventCutOffByTheEndOfTheStreamIsDiscarded() throws IOException {
        assertThat(read("event: delta\ndata: whole\n\nevent: run\ndata: {\"half\"")).containsExactly(new SseEvent("delta", "whole", ""));
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() throws IOException {
        assertThat(read("\uFEFFevent: delta\ndata: x\n\n")).containsExactly(new SseEvent("delta", "x", ""));
    }

    @Test
    void theLastEventIdCarriesOverToLaterEvents() throws IOException {
        assertThat(read("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")).extracting(SseEvent::id).containsExactly("7", "7", "");
    }

    @Test
    void multiByteCharactersSurviveAnyChunking() throws IOException {
        assertThat(read("data: é中😀\n\n")).containsExactly(new SseEvent("message", "é中😀", ""));
    }

    private static List<SseEvent> read(String stream) throws IOException {
        List<SseEvent> events = new ArrayList<>();
        try (SseReader reader = new SseReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)))) {
            SseEvent event;
            while ((event = reader.next()) != null) {
                events.add(event);
            }
        }
        return events;
    }
}
