package dev.aegis.pack.llmguard.injection.internal.decode;

import java.io.ByteArrayOutputStream;

/**
 * Percent-escapes ({@code %69%67%6E}): when a text holds at least {@value #MIN_ESCAPES} of them, the
 * whole text with every escape decoded (as UTF-8) is scanned too.
 */
final class UrlEscapes implements Decoder {

    static final int MIN_ESCAPES = 4;

    @Override
    public String name() {
        return "url-encoding";
    }

    @Override
    public void decode(String text, Found found) {
        int escapes = 0;
        for (int at = text.indexOf('%'); at >= 0 && escapes < MIN_ESCAPES; at = text.indexOf('%', at + 1)) {
            if (escape(text, at) >= 0) {
                escapes++;
            }
        }
        if (escapes < MIN_ESCAPES) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int value = escape(text, i);
            if (value >= 0) {
                bytes.write(value);
                i += 2;
                continue;
            }
            flush(bytes, out);
            out.append(text.charAt(i));
        }
        flush(bytes, out);
        found.accept(out.toString(), 0, text.length());
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static int escape(String text, int at) {
        if (at + 2 >= text.length() || text.charAt(at) != '%') {
            return -1;
        }
        int high = Character.digit(text.charAt(at + 1), 16);
        int low = Character.digit(text.charAt(at + 2), 16);
        return high < 0 || low < 0 ? -1 : high << 4 | low;
    }
}
