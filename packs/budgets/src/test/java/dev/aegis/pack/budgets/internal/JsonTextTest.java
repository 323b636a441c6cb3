package dev.aegis.pack.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesNestedObjectsAndArraysWithSeparators() {
        String json = new JsonText().begin()
                .string("a", "x")
                .number("n", "1.5")
                .beginArray("list").begin().string("k", "v").end().begin().number("z", null).end().endArray()
                .beginObject("o").string("q", "r").end()
                .end().toString();

        assertThat(json).isEqualTo("{\"a\":\"x\",\"n\":1.5,\"list\":[{\"k\":\"v\"},{\"z\":null}],\"o\":{\"q\":\"r\"}}");
    }

    @Test
    void escapesWhatJsonCannotHoldVerbatim() {
        assertThat(new JsonText().begin().string("t", "a\"b\\c\nd\u0001").end().toString())
                .isEqualTo("{\"t\":\"a\\\"b\\\\c\\nd\\u0001\"}");
    }
}
