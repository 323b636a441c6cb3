package com.example.aegis.competitors;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Blocks, or sanitizes, mentions of competitors in prompts and responses. The evidence names the
 * rule and the span but never the text: it goes to the audit log, and the reason to the client.
 *
 * <p>The edges of the scanned text count as word boundaries, also for a window of a stream: the
 * guard cannot tell a window's edge from the answer's, and failing closed is the safe side.
 */
final class BlockCompetitors implements Guardrail {

    static final String RULE = "competitor-name";

    // One character either side of the longest name: a window scan must see what surrounds a name
    // to tell "Acme" from "Acmeville" before any of it is released.
    static final int CONTEXT = 2;

    private static final Set<ScanTarget> TARGETS = EnumSet.of(ScanTarget.PROMPT, ScanTarget.RESPONSE);

    private final CompetitorPattern names;
    private final Optional<String> replacement;

    BlockCompetitors(CompetitorPattern names, Optional<String> replacement) {
        this.names = names;
        this.replacement = replacement;
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        Matcher matcher = names.matcher(content.text());
        List<Evidence> evidence = new ArrayList<>();
        while (matcher.find()) {
            evidence.add(new Evidence(RULE, "<competitor name>", matcher.start(), matcher.end()));
        }
        if (evidence.isEmpty()) {
            return Verdict.allow();
        }
        if (replacement.isPresent()) {
            return Verdict.sanitize(names.matcher(content.text()).replaceAll(Matcher.quoteReplacement(replacement.get())), evidence);
        }
        return Verdict.block("The text mentions a competitor (" + RULE + ").", evidence);
    }

    @Override
    public StreamingGuarantee streaming() {
        return StreamingGuarantee.window(names.longestName() + CONTEXT);
    }

    @Override
    public Set<ScanTarget> targets() {
        return TARGETS;
    }
}
