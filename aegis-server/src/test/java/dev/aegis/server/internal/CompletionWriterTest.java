package dev.aegis.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompletionWriterTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final CompletionWriter writer = new CompletionWriter("run_1", "gpt-\"4o\"\u00e9", 1_700_000_000L);

    // Byte for byte what the JSON generator writes, except that a character beyond the BMP is written
    // as its UTF-8 bytes where the generator writes a pair of escapes: the same JSON string either way.
    @Test
    void aTextEventIsWhatTheJsonGeneratorWrites() throws IOException {
        Random random = new Random(20261207L);
        String alphabet = "ab \"\\/\n\r\t\b\f\u0000\u0001\u001f\u007f\u0080é€\u2028\uFFFF😀𝄞<>&'";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c)) {
                    text.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            assertSame(text.toString());
        }
    }

    @Test
    void longTextGrowsTheReusedBuffer() throws IOException {
        assertSame("\u0001é😀".repeat(5_000));
        assertSame("short");
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() throws IOException {
        assertThat(fast("a\uD83Db\uDE00")).isEqualTo(generated("a\uFFFDb\uFFFD"));
        assertThat(JSON.readTree(fast("😀").substring(6)).at("/choices/0/delta/content").asText()).isEqualTo("😀");
    }

    private void assertSame(String text) throws IOException {
        String fast = fast(text);
        String generated = generated(text);
        assertThat(fast).startsWith("data: ").endsWith("}\n\n");
        assertThat(JSON.readTree(fast.substring(6))).as(text).isEqualTo(JSON.readTree(generated.substring(6)));
        if (text.codePoints().allMatch(Character::isBmpCodePoint)) {
            assertThat(fast).as(text).isEqualTo(generated);
        }
    }

    private String fast(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTextEvent(out, text);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String generated(String text) {
        return "data: " + new String(writer.textChunk(text, false), StandardCharsets.UTF_8) + "\n\n";
    }

    @Test
    void finishReasonsAreTheOnesTheOpenAiApiNames() {
        for (String known : new String[] {"stop", "length", "tool_calls", "content_filter", "function_call"}) {
            assertThat(CompletionWriter.wireFinishReason(known)).isEqualTo(known);
        }
        assertThat(CompletionWriter.wireFinishReason("max_tokens")).isEqualTo("length");
        assertThat(CompletionWriter.wireFinishReason("tool_use")).isEqualTo("tool_calls");
        assertThat(CompletionWriter.wireFinishReason("safety")).isEqualTo("content_filter");
        assertThat(CompletionWriter.wireFinishReason("end_turn")).isEqualTo("stop");
        assertThat(CompletionWriter.wireFinishReason("abort")).isEqualTo("stop");
        assertThat(CompletionWriter.wireFinishReason(null)).isEqualTo("stop");
        assertThat(new String(writer.finishChunk("end_turn", false), StandardCharsets.UTF_8)).contains("\"finish_reason\":\"stop\"");
    }
}
