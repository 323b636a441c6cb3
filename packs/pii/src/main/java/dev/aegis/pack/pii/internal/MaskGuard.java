package dev.aegis.pack.pii.internal;

import dev.aegis.api.guard.Content;
import dev.aegis.api.guard.Guardrail;
import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.guard.StreamingGuarantee;
import dev.aegis.api.guard.Verdict;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.pack.pii.EntityType;
import dev.aegis.pack.pii.PiiMaskConfig;
import dev.aegis.pack.pii.internal.recognize.Recognizers;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code pii-mask}: replaces personal data and secrets with placeholders (or redacts, hashes or
 * blocks them), storing placeholder → original in the run's confidential mask map. JSON content
 * (always tool-call arguments; tool results and chunks when they parse) is masked inside its string
 * values only, so it stays valid.
 */
public final class MaskGuard implements Guardrail {

    private final PiiMaskConfig config;
    private final Set<String> allowList;
    private final Recognizers recognizers;
    private final KeyedHash hash;

    public MaskGuard(PiiMaskConfig config, Recognizers recognizers, KeyedHash hash) {
        this.config = config;
        this.allowList = config.allowList().stream().map(Masking::allowListForm).collect(Collectors.toUnmodifiableSet());
        this.recognizers = recognizers;
        this.hash = hash;
    }

    @Override
    public Verdict scan(Content content, RunState state) {
        String text = content.text();
        if (text.isEmpty() || !config.targets().contains(content.target())) {
            return Verdict.allow();
        }
        Masking masking = new Masking(config, allowList, recognizers, hash, state.maskMap());
        String masked = json(content) ? JsonStrings.rewriteValues(text, masking::apply) : null;
        if (masked == null) {
            // not JSON after all: start over on the plain text, so nothing found on the way counts twice
            masking = new Masking(config, allowList, recognizers, hash, state.maskMap());
            masked = masking.apply(text, null);
        }
        if (!masking.blocking().isEmpty()) {
            String types = masking.blocking().stream().map(EntityType::name).collect(Collectors.joining(", "));
            return Verdict.block("the content holds personal data this route does not accept: " + types, masking.evidence());
        }
        if (masking.evidence().isEmpty()) {
            return Verdict.allow();
        }
        StateDelta delta = masking.addedPlaceholders().map(added -> StateDelta.of(RunState.MASK_MAP, added)).orElse(StateDelta.empty());
        return new Verdict.Sanitize(masked == null ? text : masked, masking.evidence(), delta);
    }

    // Tool-call arguments are JSON by contract; other content only when it looks like a document.
    private static boolean json(Content content) {
        if (content.target() == ScanTarget.TOOL_ARGUMENTS) {
            return true;
        }
        String text = content.text();
        int first = 0;
        int last = text.length() - 1;
        while (first < last && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return first < last && (text.charAt(first) == '{' && text.charAt(last) == '}' || text.charAt(first) == '[' && text.charAt(last) == ']');
    }

    /**
     * Whole content only: a name's surname or an address's street may arrive after a window moved on,
     * so placed among the egress steps the guard holds a streamed answer back until it has all of it.
     */
    @Override
    public StreamingGuarantee streaming() {
        return StreamingGuarantee.fullContext();
    }

    @Override
    public Set<ScanTarget> targets() {
        return config.targets();
    }

    @Override
    public String toString() {
        return "MaskGuard" + config.targets();
    }
}
