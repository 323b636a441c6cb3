package dev.aegis.pack.llmguard.injection.internal.decode;

/**
 * Runs of at least {@value #MIN_PAIRS} hexadecimal byte pairs, written together ({@code 49676e6f}),
 * apart ({@code 49 67 6e 6f}, {@code 49:67}) or escaped ({@code \x49\x67}, {@code 0x49 0x67}); kept
 * when they decode to text.
 */
final class HexRuns implements Decoder {

    static final int MIN_PAIRS = 8;

    @Override
    public String name() {
        return "hex";
    }

    @Override
    public void decode(String text, Found found) {
        int length = text.length();
        byte[] bytes = new byte[Math.min(length / 2 + 1, 1 << 16)];
        int i = 0;
        while (i < length) {
            if (digit(text.charAt(i)) < 0 && !prefix(text, i)) {
                i++;
                continue;
            }
            int start = i;
            int pairs = 0;
            int at = i;
            while (at < length && pairs < bytes.length) {
                int next = at + (prefix(text, at) ? 2 : 0);
                int high = next < length ? digit(text.charAt(next)) : -1;
                int low = next + 1 < length ? digit(text.charAt(next + 1)) : -1;
                if (high < 0 || low < 0) {
                    break;
                }
                bytes[pairs++] = (byte) (high << 4 | low);
                at = next + 2;
                if (at < length && separator(text.charAt(at)) && at + 1 < length && (digit(text.charAt(at + 1)) >= 0 || prefix(text, at + 1))) {
                    at++;
                }
            }
            if (pairs >= MIN_PAIRS) {
                int end = at;
                boolean more = Printable.text(bytes, pairs).map(decoded -> found.accept(decoded, start, end)).orElse(true);
                if (!more) {
                    return;
                }
            }
            i = Math.max(at, i + 1);
        }
    }

    private static boolean prefix(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '\\' || text.charAt(at) == '0') && (text.charAt(at + 1) == 'x' || text.charAt(at + 1) == 'X');
    }

    private static boolean separator(char c) {
        return c == ' ' || c == ':' || c == ',' || c == '-';
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
