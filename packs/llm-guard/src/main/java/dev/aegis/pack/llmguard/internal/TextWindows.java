package dev.aegis.pack.llmguard.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into windows a sentence encoder reads whole: at most {@code size} characters each, half
 * overlapping, each end moved back to a space when one is near. MiniLM reads 256 word pieces and
 * drops the rest silently, so a long text embedded at once would be judged by its start.
 */
public final class TextWindows {

    private TextWindows() {}

    /** The windows of {@code text}; none for a blank text, the text itself when it fits. */
    public static List<String> of(String text, int size) {
        List<String> windows = new ArrayList<>();
        addTo(windows, text, size);
        return windows;
    }

    /** Adds the windows of {@code text} to {@code into}. */
    public static void addTo(List<String> into, String text, int size) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return;
        }
        if (stripped.length() <= size) {
            into.add(stripped);
            return;
        }
        int start = 0;
        while (true) {
            int end = Math.min(stripped.length(), start + size);
            if (end < stripped.length()) {
                int space = stripped.lastIndexOf(' ', end);
                end = space > start + size / 2 ? space : end;
            }
            into.add(stripped.substring(start, end));
            if (end >= stripped.length()) {
                return;
            }
            int next = start + Math.max(1, (end - start) / 2);
            int space = stripped.indexOf(' ', next);
            start = space > 0 && space < end ? space + 1 : next;
        }
    }

    /** The first window of {@code text}, or the text when it is blank. */
    public static String head(String text, int size) {
        List<String> windows = of(text, size);
        return windows.isEmpty() ? text : windows.getFirst();
    }
}
