package dev.aegis.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesMapsInTheirOrderAndEveryScalar() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", 1);
        value.put("a", Arrays.asList(2L, 2.5, new BigDecimal("0.10"), true, null, "s"));

        assertThat(JsonWriter.write(value)).isEqualTo("{\"z\":1,\"a\":[2,2.5,0.10,true,null,\"s\"]}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButNotUnicode() {
        assertThat(JsonWriter.write("a\"b\\c\n\t\u0001é😀")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001é😀\"");
    }

    @Test
    void whatItWritesReadsBackTheSame() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "line\r\nnext \u0000 \u001f \u2028 😀 \"q\"");
        value.put("numbers", List.of(0L, -7L, Long.MAX_VALUE, new BigDecimal("3.14159")));
        value.put("nested", Map.of("empty", List.of()));

        assertThat(JsonReader.parse(JsonWriter.write(value))).isEqualTo(value);
    }

    @Test
    void refusesWhatJsonCannotSay() {
        assertThatThrownBy(() -> JsonWriter.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write("broken \ud83d pair")).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> JsonWriter.write("\ude00")).hasMessageContaining("unpaired surrogate");
    }
}
