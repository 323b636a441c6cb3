package dev.aegis.pack.llmguard.scanners.internal.urls;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Domains written without a scheme ({@code evil.net}, {@code docs.example.co.uk/path}): runs of
 * letters, digits, hyphens and dots holding a dot, whose labels are well formed and whose last
 * label is a top-level domain the public suffix list knows, written in lower case (so that
 * {@code ASP.NET} and {@code Socket.IO} stay names), and not a common file extension
 * ({@code setup.py}, {@code notes.md}) unless a path or port follows. A hand-written scan: a regular
 * expression doing the same costs several times more.
 */
final class BareDomains {

    /** A candidate: its span, the name as written, and whether an {@code @} precedes it (an e-mail address). */
    record Bare(int start, int end, String name, boolean email) {}

    private static final Set<String> FILE_EXTENSIONS = Set.of("zip", "mov", "py", "md", "sh", "rs", "pl", "pm", "so", "ai", "ps", "cc",
            "ml", "mk", "tf", "in", "ac", "am", "mo", "es", "sc", "ts", "gz", "cs");

    private BareDomains() {}

    static void find(String text, Consumer<Bare> found) {
        int dot = text.indexOf('.');
        while (dot >= 0) {
            if (dot == 0 || dot + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(dot - 1)) || !Character.isLetter(text.charAt(dot + 1))) {
                dot = text.indexOf('.', dot + 1);
                continue;
            }
            int start = dot;
            while (start > 0 && nameCharacter(text.charAt(start - 1))) {
                start--;
            }
            int end = dot + 1;
            while (end < text.length() && nameCharacter(text.charAt(end))) {
                end++;
            }
            while (end > dot + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            String name = text.substring(start, end);
            if (standsAlone(text, start, end) && wellFormed(name) && domainNotFile(text, name, end)) {
                found.accept(new Bare(start, end, name, start > 0 && text.charAt(start - 1) == '@'));
            }
            dot = text.indexOf('.', Math.max(end, dot + 1));
        }
    }

    private static boolean nameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.';
    }

    // Not part of a path, an identifier or a longer token.
    private static boolean standsAlone(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return before != '_' && before != '/' && before != '\\' && after != '_' && !(after == '.' && end + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    private static boolean wellFormed(String name) {
        if (name.startsWith(".") || name.startsWith("-")) {
            return false;
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        return tld.length() >= 2 && Character.isLetter(tld.charAt(0));
    }

    private static boolean domainNotFile(String text, String name, int end) {
        String tld = name.substring(name.lastIndexOf('.') + 1);
        if (!tld.equals(tld.toLowerCase(Locale.ROOT)) || !PublicSuffixes.shared().isTopLevel(IdnForms.asciiOrEmpty(tld))) {
            return false;
        }
        boolean pathOrPort = end < text.length() && (text.charAt(end) == '/' || text.charAt(end) == ':');
        return pathOrPort || !FILE_EXTENSIONS.contains(tld);
    }
}
