package dev.aegis.pack.classification;

import dev.aegis.api.state.RunState;
import java.util.List;
import java.util.Locale;

/**
 * Holds when the run's mask map has a placeholder of one of the entity types. Reads placeholder
 * names only: the originals they stand for are confidential and never looked at.
 *
 * @param entityTypes upper case, words joined by {@code _}; empty means any placeholder counts
 */
record PiiCondition(List<String> entityTypes) implements Condition {

    PiiCondition {
        // operators may write a masking pack's configuration spelling (credit-card) or its placeholder's (CREDIT_CARD)
        entityTypes = entityTypes.stream().map(type -> type.strip().toUpperCase(Locale.ROOT).replace('-', '_')).toList();
    }

    static PiiCondition any() {
        return new PiiCondition(List.of());
    }

    @Override
    public boolean holds(RunState state) {
        for (String placeholder : state.maskMap().entries().keySet()) {
            if (entityTypes.isEmpty() || isOfAType(placeholder)) {
                return true;
            }
        }
        return false;
    }

    private boolean isOfAType(String placeholder) {
        int start = Placeholders.typeStart(placeholder);
        int end = Placeholders.typeEnd(placeholder, start);
        for (String type : entityTypes) {
            if (Placeholders.typeEquals(placeholder, start, end, type)) {
                return true;
            }
        }
        return false;
    }
}
