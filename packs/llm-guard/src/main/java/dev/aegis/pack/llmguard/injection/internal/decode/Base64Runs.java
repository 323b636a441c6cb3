package dev.aegis.pack.llmguard.injection.internal.decode;

import java.util.Base64;

/**
 * Runs of at least {@value #MIN_RUN} base64 characters (standard or URL-safe alphabet) holding
 * upper and lower case letters, as encoded English does; each run is decoded on its own and kept
 * when it decodes to text.
 */
final class Base64Runs implements Decoder {

    static final int MIN_RUN = 16;

    @Override
    public String name() {
        return "base64";
    }

    @Override
    public void decode(String text, Found found) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!alphabet(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean upper = false;
            boolean lower = false;
            while (i < length && alphabet(text.charAt(i))) {
                char c = text.charAt(i);
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
                i++;
            }
            int end = i;
            while (i < length && text.charAt(i) == '=') {
                i++;
            }
            if (end - start >= MIN_RUN && upper && lower && !decodeRun(text, start, end, i, found)) {
                return;
            }
        }
    }

    private static boolean decodeRun(String text, int start, int end, int padded, Found found) {
        String body = text.substring(start, end);
        boolean urlSafe = body.indexOf('-') >= 0 || body.indexOf('_') >= 0;
        byte[] bytes;
        try {
            bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(pad(body));
        } catch (IllegalArgumentException e) {
            return true;
        }
        return Printable.text(bytes, bytes.length).map(decoded -> found.accept(decoded, start, padded)).orElse(true);
    }

    private static String pad(String body) {
        int remainder = body.length() % 4;
        if (remainder == 1) {
            return body.substring(0, body.length() - 1);
        }
        return remainder == 0 ? body : body + "==".substring(0, 4 - remainder);
    }

    private static boolean alphabet(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_';
    }
}
