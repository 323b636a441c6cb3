package dev.aegis.pack.classification;

import dev.aegis.api.state.RunState;
import java.util.Map;

/** Holds when the run carries every one of the labels; values compare ignoring case. */
record LabelCondition(Map<String, String> labels) implements Condition {

    LabelCondition {
        labels = Map.copyOf(labels);
    }

    @Override
    public boolean holds(RunState state) {
        Map<String, String> present = state.labels();
        for (Map.Entry<String, String> label : labels.entrySet()) {
            String value = present.get(label.getKey());
            if (value == null || !value.strip().equalsIgnoreCase(label.getValue().strip())) {
                return false;
            }
        }
        return true;
    }
}
