package dev.aegis.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsObjectsInTheirOrderWithEveryKindOfValue() {
        Object value = JsonReader.parse(" {\"b\": [1, -2.5, true, false, null], \"a\": {\"s\": \"x\"}} ");

        assertThat(value).isInstanceOf(Map.class);
        assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("b", "a"));
        assertThat(((Map<?, ?>) value).get("b")).isEqualTo(java.util.Arrays.asList(1L, new BigDecimal("-2.5"), true, false, null));
        assertThat(((Map<?, ?>) value).get("a")).isEqualTo(Map.of("s", "x"));
    }

    @Test
    void readsEmptyContainersAndScalarsAtTheTop() {
        assertThat(JsonReader.parse("{}")).isEqualTo(Map.of());
        assertThat(JsonReader.parse("[ ]")).isEqualTo(List.of());
        assertThat(JsonReader.parse("\"text\"")).isEqualTo("text");
        assertThat(JsonReader.parse("null")).isNull();
    }

    @Test
    void integersThatFitAreLongsAndOthersKeepEveryDigit() {
        assertThat(JsonReader.parse("0")).isEqualTo(0L);
        assertThat(JsonReader.parse("-0")).isEqualTo(0L);
        assertThat(JsonReader.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(JsonReader.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(JsonReader.parse("9223372036854775808")).isEqualTo(new BigDecimal("9223372036854775808"));
        assertThat(JsonReader.parse("0.1")).isEqualTo(new BigDecimal("0.1"));
        assertThat(JsonReader.parse("1e3")).isEqualTo(new BigDecimal("1e3"));
        assertThat(JsonReader.parse("-1.5E-2")).isEqualTo(new BigDecimal("-0.015"));
        assertThat(JsonReader.parse("12345678901234567890.5")).isEqualTo(new BigDecimal("12345678901234567890.5"));
    }

    @Test
    void decodesEveryEscape() {
        assertThat(JsonReader.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"")).isEqualTo("\" \\ / \b \f \n \r \t");
    }

    @Test
    void decodesUnicodeEscapesAndSurrogatePairs() {
        assertThat(JsonReader.parse("\"\\u00e9\\u4E2D\"")).isEqualTo("é中");
        assertThat(JsonReader.parse("\"\\ud83d\\ude00\"")).isEqualTo("😀");
        assertThat(JsonReader.parse("\"😀 raw\"")).isEqualTo("😀 raw");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "{", "[1,]", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{a:1}", "{'a':1}", "01", "-", "1.", ".5", "1e", "+1",
        "NaN", "Infinity", "tru", "nul", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "[1] [2]", "{} x", "\"tab\there\"",
        "\"line\nbreak\"", "{\"a\":1,\"a\":2}", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "[\"\ud83d\"]", "//1", "1 // c"
    })
    void rejectsWhatIsNotStrictJson(String text) {
        assertThatThrownBy(() -> JsonReader.parse(text)).isInstanceOf(JsonException.class).hasMessageStartingWith("Malformed JSON at offset ");
    }

    @Test
    void saysWhereTheTextWentWrong() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": [1, 2,]}")).hasMessage("Malformed JSON at offset 12: unexpected character ']'");
    }

    @Test
    void acceptsNestingUpToTheLimitAndRefusesDeeper() {
        String deepest = "[".repeat(10) + "]".repeat(10);
        assertThat(JsonReader.parse(deepest, 10)).isInstanceOf(List.class);

        assertThatThrownBy(() -> JsonReader.parse("[".repeat(11) + "]".repeat(11), 10)).hasMessageContaining("nesting deeper than 10");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":".repeat(11) + "1" + "}".repeat(11), 10)).hasMessageContaining("nesting deeper than 10");
    }

    @Test
    void aHostileDepthFailsCleanlyInsteadOfOverflowingTheStack() {
        String hostile = "[".repeat(100_000);

        assertThatThrownBy(() -> JsonReader.parse(hostile)).isInstanceOf(JsonException.class).hasMessageContaining("nesting deeper than 256");
    }
}
