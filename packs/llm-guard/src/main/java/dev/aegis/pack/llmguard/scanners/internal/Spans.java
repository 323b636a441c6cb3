package dev.aegis.pack.llmguard.scanners.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacing stretches of a text, overlapping ones merged first. */
public final class Spans {

    public record Span(int start, int end) {}

    private Spans() {}

    /** {@code text} with each stretch (merged where they overlap or touch) replaced by {@code replacement}. */
    public static String replace(String text, List<Span> spans, String replacement) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < sorted.size()) {
            int start = Math.max(copied, sorted.get(i).start());
            int end = sorted.get(i).end();
            while (++i < sorted.size() && sorted.get(i).start() <= end) {
                end = Math.max(end, sorted.get(i).end());
            }
            out.append(text, copied, start).append(replacement);
            copied = Math.max(copied, end);
        }
        return out.append(text, copied, text.length()).toString();
    }
}
