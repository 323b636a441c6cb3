package dev.aegis.pack.pii.internal;

import dev.aegis.api.guard.Evidence;
import dev.aegis.api.guard.NormalizedText;
import dev.aegis.api.state.MaskMap;
import dev.aegis.pack.pii.EntityType;
import dev.aegis.pack.pii.PiiMaskConfig;
import dev.aegis.pack.pii.internal.recognize.Recognizers;
import dev.aegis.pack.pii.internal.recognize.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One scan's worth of masking: finds the entities in each piece of text handed to it, replaces them
 * as configured, and collects the evidence, the entity types that block, and the new placeholders.
 * Entities are found in the text's normalised view; the whole stretch of the original they came
 * from is replaced (invisible characters inside it included), and the mask map keeps that stretch as
 * it was written, so unmasking gives back exactly what the client sent. Not thread-safe; one per scan.
 */
final class Masking {

    static final String REDACTED = "[REDACTED]";

    private final PiiMaskConfig config;
    private final Set<String> allowList;
    private final Recognizers recognizers;
    private final KeyedHash hash;
    private final PlaceholderBook placeholders;
    private final List<Evidence> evidence = new ArrayList<>();
    private final Set<EntityType> blocking = EnumSet.noneOf(EntityType.class);

    Masking(PiiMaskConfig config, Set<String> allowList, Recognizers recognizers, KeyedHash hash, MaskMap existing) {
        this.config = config;
        this.allowList = allowList;
        this.recognizers = recognizers;
        this.hash = hash;
        this.placeholders = new PlaceholderBook(existing);
    }

    /**
     * The text with what was found replaced, or null when nothing was.
     *
     * @param raw where each character sits in the scanned content, for evidence; null when the text is the content
     */
    String apply(String text, int[] raw) {
        List<Span> spans = recognizers.find(text, config.minConfidence());
        StringBuilder out = null;
        int copied = 0;
        for (Span span : spans) {
            String value = span.textIn(text);
            PiiMaskConfig.Action action = config.action(span.type());
            if (action == PiiMaskConfig.Action.ALLOW || allowList.contains(allowListForm(value))) {
                continue;
            }
            int start = raw == null ? span.start() : raw[span.start()];
            int end = raw == null ? span.end() : raw[span.end()];
            evidence.add(new Evidence(span.type().configName(), Placeholders.described(span.type()), start, end));
            if (action == PiiMaskConfig.Action.BLOCK) {
                blocking.add(span.type());
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 16) : out;
            out.append(text, copied, span.start()).append(replacement(action, span.type(), value));
            copied = span.end();
        }
        return out == null ? null : out.append(text, copied, text.length()).toString();
    }

    /** How a value is compared with the allow-list: normalised, ignoring case. */
    static String allowListForm(String value) {
        return NormalizedText.of(value).text().strip().toLowerCase(Locale.ROOT);
    }

    private String replacement(PiiMaskConfig.Action action, EntityType type, String value) {
        return switch (action) {
            case MASK -> placeholders.placeholderFor(type, value).orElse(REDACTED);
            case HASH -> Placeholders.hashed(type, hash.hash(type, value));
            default -> REDACTED;
        };
    }

    List<Evidence> evidence() {
        return evidence;
    }

    /** The entity types configured to block that were found, in declaration order. */
    Set<EntityType> blocking() {
        return blocking;
    }

    /** The placeholders this scan created, for the run's mask map. */
    Optional<MaskMap> addedPlaceholders() {
        return placeholders.added().isEmpty() ? Optional.empty() : Optional.of(MaskMap.of(placeholders.added()));
    }
}
