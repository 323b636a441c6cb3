package dev.aegis.pack.pii.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.MaskMap;
import dev.aegis.api.state.RunState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code pii-unmask}: puts the originals back where the model wrote placeholders, in its answer and in
 * the arguments of the tools it calls (a tool must receive the real address, not {@code <EMAIL_1>}).
 * Never anywhere the model reads: prompts, tool results and retrieved chunks are left alone even if
 * the guard is handed them. Placeholders the run's mask map does not know stay as they are.
 *
 * <p>Streaming: a window as long as the longest placeholder plus a margin, so a placeholder split
 * across chunks ({@code <EMA} | {@code IL_1>}) is whole in some scan before any of it is released.
 */
public final class UnmaskGuard implements Guardrail {

    /** The only content restored into: what leaves the gateway for the client or a tool. */
    public static final Set<ScanTarget> TARGETS = Set.copyOf(EnumSet.of(ScanTarget.RESPONSE, ScanTarget.TOOL_ARGUMENTS));
    /** Characters held back when an answer streams. */
    public static final int WINDOW = Placeholders.LONGEST + 8;

    @Override
    public Verdict scan(Content content, RunState state) {
        String text = content.text();
        MaskMap map = state.maskMap();
        if (!TARGETS.contains(content.target()) || map.size() == 0 || text.indexOf('<') < 0) {
            return Verdict.allow();
        }
        List<Evidence> evidence = new ArrayList<>();
        String restored = null;
        if (content.target() == ScanTarget.TOOL_ARGUMENTS) {
            restored = JsonStrings.rewriteValues(text, (value, raw) -> restore(value, raw, map, evidence));
        }
        if (restored == null) {
            // not JSON: restore in the plain text, forgetting what the attempt found
            evidence.clear();
            restored = restore(text, null, map, evidence);
        }
        return evidence.isEmpty() ? Verdict.allow() : Verdict.sanitize(restored, evidence);
    }

    // The text with known placeholders replaced by their originals, or null when it holds none.
    private static String restore(String text, int[] raw, MaskMap map, List<Evidence> evidence) {
        if (text.indexOf('<') < 0) {
            return null;
        }
        Matcher placeholder = Placeholders.PLACEHOLDER.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (placeholder.find()) {
            String original = map.original(placeholder.group()).orElse(null);
            if (original == null) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 32) : out;
            out.append(text, copied, placeholder.start()).append(original);
            copied = placeholder.end();
            int start = raw == null ? placeholder.start() : raw[placeholder.start()];
            int end = raw == null ? placeholder.end() : raw[placeholder.end()];
            // the type, never the original: evidence goes to the audit log
            evidence.add(new Evidence("restored", "<" + placeholder.group(1) + ">", start, end));
        }
        return out == null ? null : out.append(text, copied, text.length()).toString();
    }

    @Override
    public StreamingGuarantee streaming() {
        return StreamingGuarantee.window(WINDOW);
    }

    @Override
    public Set<ScanTarget> targets() {
        return TARGETS;
    }

    @Override
    public String toString() {
        return "UnmaskGuard" + TARGETS;
    }
}
