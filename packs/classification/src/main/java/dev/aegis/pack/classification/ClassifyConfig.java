package dev.aegis.pack.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of {@code classify}.
 *
 * @param defaultLevel the level of a request no rule fires for; {@code internal} by default
 * @param rules every rule is checked; the strictest level among the fired rules and the default wins
 */
public record ClassifyConfig(Level defaultLevel, List<@Valid Rule> rules) {

    public ClassifyConfig {
        defaultLevel = defaultLevel == null ? Level.INTERNAL : defaultLevel;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * @param name recorded as {@code labels.classification-reason} when the rule wins; unique
     * @param level what the request is at least when the rule fires
     * @param when the rule fires when every condition it states holds
     */
    public record Rule(@NotBlank String name, @NotNull Level level, @NotNull @Valid When when) {}

    /**
     * Conditions of a rule. A list holds when any of its entries matches; a mapping when all of its
     * entries do.
     *
     * @param pii entity types of placeholders in the run's mask map, e.g. {@code EMAIL}, {@code CARD}
     * @param anyPii holds when the mask map has any placeholder at all
     * @param keywords whole words, case-insensitive, in any message of the conversation
     * @param patterns Java regular expressions, found anywhere in any message of the conversation
     * @param principal facts about who the request acts for
     * @param label labels the run carries, e.g. a client's {@code sensitivity: restricted}; values ignore case
     */
    public record When(
            List<String> pii,
            Boolean anyPii,
            List<String> keywords,
            List<String> patterns,
            Optional<@Valid PrincipalMatch> principal,
            Map<String, String> label) {

        public When {
            pii = pii == null ? List.of() : List.copyOf(pii);
            anyPii = anyPii != null && anyPii;
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
            principal = principal == null ? Optional.empty() : principal;
            label = label == null ? Map.of() : Map.copyOf(label);
        }

        /** True when no condition is stated: such a rule would fire for every request. */
        public boolean statesNothing() {
            return pii.isEmpty() && !anyPii && keywords.isEmpty() && patterns.isEmpty()
                    && principal.map(PrincipalMatch::statesNothing).orElse(true) && label.isEmpty();
        }
    }

    /**
     * @param teams holds when the principal's team is one of these
     * @param roles holds when the principal has any of these roles
     * @param attributes holds when the principal has every one of these attributes with this value
     */
    public record PrincipalMatch(List<String> teams, List<String> roles, Map<String, String> attributes) {

        public PrincipalMatch {
            teams = teams == null ? List.of() : List.copyOf(teams);
            roles = roles == null ? List.of() : List.copyOf(roles);
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }

        public boolean statesNothing() {
            return teams.isEmpty() && roles.isEmpty() && attributes.isEmpty();
        }
    }
}
