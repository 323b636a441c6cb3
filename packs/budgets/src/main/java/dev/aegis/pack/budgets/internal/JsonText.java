package dev.aegis.pack.budgets.internal;

/**
 * Writes a small JSON document by hand: the pack's only JSON output, not worth a library in every
 * gateway's plugin directory.
 */
public final class JsonText {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    public JsonText begin() {
        separate();
        out.append('{');
        first = true;
        return this;
    }

    public JsonText end() {
        out.append('}');
        first = false;
        return this;
    }

    public JsonText beginArray(String name) {
        name(name);
        out.append('[');
        first = true;
        return this;
    }

    public JsonText endArray() {
        out.append(']');
        first = false;
        return this;
    }

    public JsonText beginObject(String name) {
        name(name);
        out.append('{');
        first = true;
        return this;
    }

    public JsonText string(String name, String value) {
        name(name);
        quote(value);
        first = false;
        return this;
    }

    /** A number written exactly as given, e.g. {@code 12.5}; null writes {@code null}. */
    public JsonText number(String name, String plainNumber) {
        name(name);
        out.append(plainNumber == null ? "null" : plainNumber);
        first = false;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void name(String name) {
        separate();
        quote(name);
        out.append(':');
        first = true;
    }

    private void separate() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
