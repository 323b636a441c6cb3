package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseReaderTest {

    @Test
    void eachEventsDataIsReturnedWithoutTheFieldName() throws IOException {
        assertThat(events("data: {\"a\":1}\n\ndata:{\"b\":2}\n\n")).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void commentsAndOtherFieldsAreSkipped() throws IOException {
        assertThat(events(": ping\n\nevent: delta\nid: 7\nretry: 10\ndata: x\n\n")).containsExactly("x");
    }

    @Test
    void multiLineDataIsJoinedWithNewlines() throws IOException {
        assertThat(events("data: {\ndata: \"a\": 1\ndata: }\n\n")).containsExactly("{\n\"a\": 1\n}");
    }

    @Test
    void crlfLineEndingsWork() throws IOException {
        assertThat(events("data: one\r\n\r\ndata: two\r\n\r\n")).containsExactly("one", "two");
    }

    @Test
    void eventsSplitAcrossReadsOneByteAtATimeAreReassembled() throws IOException {
        String text = "data: " + "x".repeat(20_000) + "\n\ndata: y\n\n";
        SseReader reader = new SseReader(oneByteAtATime(text), 1 << 20);

        assertThat(reader.next()).map(String::new).contains("x".repeat(20_000));
        assertThat(reader.next()).map(String::new).contains("y");
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void anEventIsReadyOnlyWhenItsBlankLineIsInTheBuffer() throws IOException {
        SseReader reader = new SseReader(new ByteArrayInputStream("data: one\n\ndata: two\n\ndata: thr".getBytes(StandardCharsets.UTF_8)), 1 << 20);
        assertThat(reader.hasEvent()).as("nothing read yet").isFalse();

        assertThat(reader.next()).map(String::new).contains("one");
        assertThat(reader.hasEvent()).as("'two' arrived with 'one'").isTrue();
        assertThat(reader.next()).map(String::new).contains("two");
        assertThat(reader.hasEvent()).as("'thr' is cut: next() would read").isFalse();
    }

    @Test
    void blankLinesAndCommentsBeforeAnEventDoNotMakeItReady() throws IOException {
        // next() skips them and would wait for data: ready() must not promise an event that is not there
        assertThat(readyAfterFirst("data: one\n\n\n\n")).isFalse();
        assertThat(readyAfterFirst("data: one\n\n: ping\n\n")).isFalse();
        assertThat(readyAfterFirst("data: one\n\nevent: x\n\n")).isFalse();
        assertThat(readyAfterFirst("data: one\n\ndata: two\n")).as("a data line without its blank line").isFalse();
        assertThat(readyAfterFirst("data: one\n\n: ping\n\ndata: two\r\n\r\n")).isTrue();
    }

    @Test
    void theEndOfInputIsReady() throws IOException {
        SseReader reader = new SseReader(new ByteArrayInputStream("data: one\n\n".getBytes(StandardCharsets.UTF_8)), 1 << 20);
        reader.next();
        reader.next();

        assertThat(reader.hasEvent()).isTrue();
    }

    private static boolean readyAfterFirst(String text) throws IOException {
        SseReader reader = new SseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20);
        assertThat(reader.next()).map(String::new).contains("one");
        return reader.hasEvent();
    }

    @Test
    void aLastEventWithoutItsBlankLineStillCountsButACutLineDoesNot() throws IOException {
        assertThat(events("data: [DONE]\n")).containsExactly("[DONE]");
        assertThat(events("data: one\n\ndata: {\"cut")).containsExactly("one");
    }

    @Test
    void anOversizedLineFailsInsteadOfGrowingForever() {
        SseReader reader = new SseReader(new ByteArrayInputStream(("data: " + "x".repeat(100_000)).getBytes(StandardCharsets.UTF_8)), 16_384);

        assertThatThrownBy(reader::next).isInstanceOf(IOException.class);
    }

    private static List<String> events(String text) throws IOException {
        SseReader reader = new SseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20);
        List<String> events = new ArrayList<>();
        for (Optional<byte[]> data = reader.next(); data.isPresent(); data = reader.next()) {
            events.add(new String(data.get(), StandardCharsets.UTF_8));
        }
        return events;
    }

    private static InputStream oneByteAtATime(String text) {
        InputStream all = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return all.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return length == 0 ? 0 : all.read(buffer, offset, 1);
            }
        };
    }
}
