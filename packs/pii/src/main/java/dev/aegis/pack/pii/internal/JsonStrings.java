package dev.aegis.pack.pii.internal;

/**
 * Rewrites the values of a JSON document where they hold text, leaving keys, structure and
 * formatting untouched, so masked tool-call arguments stay valid JSON. String values are decoded
 * before the rewrite and encoded after; a number the rewrite changes becomes a string.
 */
final class JsonStrings {

    /** Rewrites one decoded value; null leaves it as it was. */
    interface Rewrite {
        /**
         * @param raw where each character of {@code value} starts in the document, plus one entry for its end
         */
        String apply(String value, int[] raw);
    }

    private JsonStrings() {}

    /** The rewritten document, or null when {@code json} is not an object or array with well-formed strings. */
    static String rewriteValues(String json, Rewrite rewrite) {
        int i = skipSpace(json, 0);
        if (i >= json.length() || json.charAt(i) != '{' && json.charAt(i) != '[') {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            int end;
            String replaced = null;
            if (c == '"') {
                end = closingQuote(json, i);
                if (end < 0) {
                    return null;
                }
                int next = skipSpace(json, end + 1);
                if (next >= json.length() || json.charAt(next) != ':') {
                    int[] raw = new int[end - i];
                    String value = decode(json, i + 1, end, raw);
                    if (value == null) {
                        return null;
                    }
                    replaced = rewrite.apply(value, raw);
                }
                end++;
            } else if (c == '-' || c >= '0' && c <= '9') {
                end = i + 1;
                while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
                if (end - i >= 6) {
                    int[] raw = new int[end - i + 1];
                    for (int k = 0; k < raw.length; k++) {
                        raw[k] = i + k;
                    }
                    replaced = rewrite.apply(json.substring(i, end), raw);
                }
            } else {
                i++;
                continue;
            }
            if (replaced != null) {
                out = out == null ? new StringBuilder(json.length() + 32) : out;
                out.append(json, copied, i).append('"');
                encode(replaced, out);
                out.append('"');
                copied = end;
            }
            i = end;
        }
        return out == null ? json : out.append(json, copied, json.length()).toString();
    }

    private static int skipSpace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    // The index of the quote closing the string opened at start, or -1 when it is not closed.
    private static int closingQuote(String json, int start) {
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    // Decodes json[from, to), or null on a malformed escape; records in raw where each decoded
    // character came from (raw has room for one more: the end).
    private static String decode(String json, int from, int to, int[] raw) {
        StringBuilder value = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            raw[value.length()] = i;
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                value.append(c);
                i++;
                continue;
            }
            char escaped = json.charAt(i + 1);
            if (escaped == 'u') {
                int code = i + 6 <= to ? hex(json, i + 2, i + 6) : -1;
                if (code < 0) {
                    return null;
                }
                value.append((char) code);
                i += 6;
            } else {
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> escaped;
                });
                i += 2;
            }
        }
        raw[value.length()] = to;
        return value.toString();
    }

    private static int hex(String json, int from, int to) {
        int code = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(json.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }

    static void encode(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
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
    }
}
