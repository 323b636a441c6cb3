package dev.aegis.pack.pii;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.secret.Secret;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Configuration of {@code pii-mask}.
 *
 * @param entities what to do with each kind of entity, keyed by its kebab-case name
 *     ({@code email: redact}); every kind not named is masked
 * @param minConfidence findings below it are ignored; 0.5 by default
 * @param allowList values never touched, compared ignoring case, e.g. the support address
 * @param locales whose name and place lists are loaded; all packaged ones by default
 * @param hashKey the key of {@code hash}; without it a random key per process, so hashes then
 *     match only within one process's lifetime
 * @param targets what to scan; prompts, tool results, tool-call arguments and retrieved chunks by default
 */
public record PiiMaskConfig(
        Map<String, Action> entities,
        @DecimalMin("0.0") @DecimalMax("1.0") Double minConfidence,
        List<String> allowList,
        List<String> locales,
        Optional<Secret> hashKey,
        Set<ScanTarget> targets) {

    /** The languages whose gazetteers ship with the pack. */
    public static final List<String> SUPPORTED_LOCALES = List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv");

    public PiiMaskConfig {
        entities = entities == null ? Map.of() : Map.copyOf(entities);
        for (String key : entities.keySet()) {
            if (EntityType.fromConfigName(key).isEmpty()) {
                throw new IllegalArgumentException("entities: unknown entity '" + key + "'; known: "
                        + Arrays.stream(EntityType.values()).map(EntityType::configName).toList());
            }
        }
        minConfidence = minConfidence == null ? 0.5 : minConfidence;
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
        locales = locales == null || locales.isEmpty() ? SUPPORTED_LOCALES : List.copyOf(locales);
        for (String locale : locales) {
            if (!SUPPORTED_LOCALES.contains(locale)) {
                throw new IllegalArgumentException("locales: unsupported locale '" + locale + "'; supported: " + SUPPORTED_LOCALES);
            }
        }
        hashKey = hashKey == null ? Optional.empty() : hashKey;
        targets = targets == null || targets.isEmpty()
                ? Set.copyOf(EnumSet.of(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.TOOL_ARGUMENTS, ScanTarget.RAG_CHUNK))
                : Set.copyOf(targets);
    }

    /** The action for {@code type}: as configured, or {@code mask}. */
    public Action action(EntityType type) {
        return entities.getOrDefault(type.configName(), Action.MASK);
    }

    /** What happens to a value that was found. */
    public enum Action {
        /** A placeholder stable within the run, e.g. {@code <EMAIL_1>}; {@code pii-unmask} restores it. */
        MASK,
        /** {@code [REDACTED]}; cannot be restored. */
        REDACT,
        /** A keyed hash, e.g. {@code <EMAIL_h:1a2b3c4d>}: equal values match across runs, none can be restored. */
        HASH,
        /** Refuse the run; the reason names the entity type only. */
        BLOCK,
        /** Leave it as it is. */
        ALLOW
    }
}
