package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.ScanTarget;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumSet;
import java.util.Set;

/**
 * Configuration of {@code invisible-text}.
 *
 * @param classes the kinds of invisible characters reported; all by default
 * @param action {@code sanitize} (the default) removes what was found; {@code block},
 *     {@code require-approval} or {@code flag}
 * @param variationSelectorRun the shortest run of variation selectors reported; 2 by default
 * @param targets what to scan; prompts, tool results and retrieved chunks by default (text that
 *     arrives as data is where hidden instructions ride)
 */
public record InvisibleTextConfig(Set<InvisibleClass> classes, ScannerAction action, @Min(2) @Max(64) Integer variationSelectorRun,
        Set<ScanTarget> targets) {

    public InvisibleTextConfig {
        classes = classes == null || classes.isEmpty() ? Set.copyOf(EnumSet.allOf(InvisibleClass.class)) : Set.copyOf(classes);
        action = action == null ? ScannerAction.SANITIZE : action;
        variationSelectorRun = variationSelectorRun == null ? 2 : variationSelectorRun;
        targets = targets == null || targets.isEmpty()
                ? Set.copyOf(EnumSet.of(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.RAG_CHUNK))
                : Set.copyOf(targets);
    }

    /** Everything by default. */
    public static InvisibleTextConfig defaults() {
        return new InvisibleTextConfig(null, null, null, null);
    }
}
