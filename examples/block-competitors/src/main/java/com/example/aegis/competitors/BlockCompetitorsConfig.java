package com.example.aegis.competitors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Optional;

/**
 * Configuration of the {@code block-competitors} guardrail, bound from {@code aegis.yaml} with
 * kebab-case keys ({@code names}, {@code replacement}, {@code case-sensitive}).
 *
 * <p>The gateway checks the annotations at load and reports a violation with its YAML path, e.g.
 * {@code routes.support.ingress[0].config.names: must not be empty}.
 *
 * @param names the competitors, matched as whole words; {@code Acme Corp} matches only that phrase
 * @param replacement absent: a mention blocks the request; present: each mention is replaced by it
 * @param caseSensitive false by default, so {@code ACME} and {@code acme} count as {@code Acme}
 */
public record BlockCompetitorsConfig(
        @NotEmpty List<@NotBlank String> names,
        Optional<String> replacement,
        Boolean caseSensitive) {

    public BlockCompetitorsConfig {
        // A null entry (names: [Acme, ~]) becomes blank so validation reports it as names[1].
        names = names == null ? List.of() : names.stream().map(name -> name == null ? "" : name).toList();
        replacement = replacement == null ? Optional.empty() : replacement;
        caseSensitive = caseSensitive != null && caseSensitive;
    }

    /** Blocks mentions of {@code names}, ignoring case. */
    public static BlockCompetitorsConfig blocking(String... names) {
        return new BlockCompetitorsConfig(List.of(names), Optional.empty(), false);
    }

    /** Replaces mentions of {@code names} by {@code replacement}, ignoring case. */
    public static BlockCompetitorsConfig sanitizing(String replacement, String... names) {
        return new BlockCompetitorsConfig(List.of(names), Optional.of(replacement), false);
    }
}
