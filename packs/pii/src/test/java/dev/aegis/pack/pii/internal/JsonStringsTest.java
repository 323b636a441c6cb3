package dev.aegis.pack.pii.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void handsEachStringValueDecodedWithWhereItsCharactersStand() {
        String json = "{\"a\": \"x\\ty\", \"b\": [\"\\u00e9t\\u00e9\"]}";
        List<String> values = new ArrayList<>();

        String unchanged = JsonStrings.rewriteValues(json, (value, raw) -> {
            values.add(value + "@" + raw[0] + ".." + raw[value.length()]);
            return null;
        });

        assertThat(unchanged).isSameAs(json);
        assertThat(values).containsExactly("x\ty@7..11", "été@21..34");
    }

    @Test
    void reEncodesOnlyWhatWasRewritten() {
        String json = "{\"keep\": \"caf\\u00e9\", \"swap\": \"old\"}";

        assertThat(JsonStrings.rewriteValues(json, (value, raw) -> value.equals("old") ? "n\"e\\w\n" : null))
                .isEqualTo("{\"keep\": \"caf\\u00e9\", \"swap\": \"n\\\"e\\\\w\\n\"}");
    }

    @Test
    void longNumbersAreOfferedAndBecomeStringsWhenRewritten() {
        assertThat(JsonStrings.rewriteValues("[4111111111111111, 42]", (value, raw) -> value.length() > 6 ? "<X>" : null))
                .isEqualTo("[\"<X>\", 42]");
    }

    @Test
    void anythingButAnObjectOrArrayWithWellFormedStringsIsNoJson() {
        assertThat(JsonStrings.rewriteValues("plain text", (value, raw) -> null)).isNull();
        assertThat(JsonStrings.rewriteValues("{\"open\": \"never closed}", (value, raw) -> null)).isNull();
        assertThat(JsonStrings.rewriteValues("{\"bad\": \"\\uZZZZ\"}", (value, raw) -> null)).isNull();
    }
}
