package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.ScanTarget;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Configuration of {@code language}.
 *
 * @param allowed the languages a route accepts, as ISO 639-1 ({@code en}, {@code de}) or ISO 639-3
 *     ({@code eng}, {@code cmn}) codes; a code the detector does not know fails at load
 * @param action {@code block} by default, {@code require-approval} or {@code flag} (text in another
 *     language is not a span to cut out, so there is nothing to sanitize)
 * @param margin how many times likelier than the likeliest allowed language a language that is not
 *     allowed must be before the text counts as written in it; 2 by default. The detector's scores
 *     are spread thin over 103 languages, so the ratio says more than the score
 * @param minLetters texts with fewer letters are let through undecided; 24 by default (a greeting
 *     or a code snippet is no evidence of a language)
 * @param maxCharacters how much of the text the detector reads, from its start; 2000 by default
 * @param targets what to scan; prompts and answers by default
 */
public record LanguageConfig(@NotEmpty List<@NotBlank String> allowed, ScannerAction action, @DecimalMin("1.0") Double margin,
        @Positive Integer minLetters, @Positive @Max(100000) Integer maxCharacters, Set<ScanTarget> targets) {

    public LanguageConfig {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        action = action == null ? ScannerAction.BLOCK : action;
        if (action == ScannerAction.SANITIZE) {
            throw new IllegalArgumentException("action: language cannot sanitize a text's language; use block, require-approval or flag");
        }
        margin = margin == null ? 2.0 : margin;
        minLetters = minLetters == null ? 24 : minLetters;
        maxCharacters = maxCharacters == null ? 2000 : maxCharacters;
        targets = targets == null || targets.isEmpty() ? Set.copyOf(EnumSet.of(ScanTarget.PROMPT, ScanTarget.RESPONSE)) : Set.copyOf(targets);
    }

    /** These languages, everything else by default. */
    public static LanguageConfig allowing(String... languages) {
        return new LanguageConfig(List.of(languages), null, null, null, null, null);
    }
}
