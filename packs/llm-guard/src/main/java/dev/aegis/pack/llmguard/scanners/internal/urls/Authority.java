package dev.aegis.pack.llmguard.scanners.internal.urls;

/**
 * The authority of a URL ({@code user@host:port}) read from where it starts, the way a browser
 * splits it: it ends at the first {@code / \ ? #} or at anything that cannot be in a URL; the host
 * follows the last {@code @}.
 *
 * @param host the host as written, empty when there is none
 * @param userinfo whether an {@code @} came before the host
 * @param end just past the authority
 */
record Authority(String host, boolean userinfo, int end) {

    private static final String SENTENCE_END = ".,:;!?'\"";

    static Authority parse(String text, int from) {
        int end = from;
        while (end < text.length() && !terminates(text.charAt(end))) {
            end++;
        }
        while (end > from && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0 && (end == text.length() || "/\\?#".indexOf(text.charAt(end)) < 0)) {
            end--;
        }
        String authority = text.substring(from, end);
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        if (!hostPort.startsWith("[")) {
            int colon = hostPort.lastIndexOf(':');
            host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        } else if (hostPort.indexOf(']') > 0) {
            host = hostPort.substring(0, hostPort.indexOf(']') + 1);
        }
        return new Authority(host, at >= 0, end);
    }

    /** Where a URL whose authority ends at {@code from} ends: its path, query and fragment, minus sentence punctuation. */
    static int pathEnd(String text, int from) {
        if (from >= text.length() || "/\\?#".indexOf(text.charAt(from)) < 0) {
            return from;
        }
        int end = from;
        int depth = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || "<>\"`".indexOf(c) >= 0 || c == ')' && depth == 0 || c == ']') {
                break;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            end++;
        }
        while (end > from + 1 && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    // What ends an authority, or cannot be part of one.
    private static boolean terminates(char c) {
        return Character.isWhitespace(c) || "/\\?#<>\"'`()[]{}|^,;*".indexOf(c) >= 0;
    }
}
