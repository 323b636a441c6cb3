package dev.aegis.api.state;

import dev.aegis.api.API;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Placeholders and the values they stand for. Lives in a {@linkplain StateKey#confidential()
 * confidential} channel: it is never written into model-visible text, logs or audit, and is
 * encrypted in checkpoints. Its {@link #toString()} shows the placeholders only.
 */
@API(status = API.Status.STABLE)
public final class MaskMap {

    public static final MaskMap EMPTY = new MaskMap(Map.of());

    private final Map<String, String> originals;

    private MaskMap(Map<String, String> originals) {
        this.originals = originals;
    }

    public static MaskMap of(Map<String, String> placeholderToOriginal) {
        return new MaskMap(Map.copyOf(placeholderToOriginal));
    }

    public Optional<String> original(String placeholder) {
        return Optional.ofNullable(originals.get(placeholder));
    }

    /** All placeholders with their originals; handle the values as secrets. */
    public Map<String, String> entries() {
        return originals;
    }

    public int size() {
        return originals.size();
    }

    public MaskMap plus(MaskMap other) {
        if (other.originals.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(originals);
        merged.putAll(other.originals);
        return new MaskMap(Map.copyOf(merged));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaskMap map && map.originals.equals(originals);
    }

    @Override
    public int hashCode() {
        return originals.hashCode();
    }

    @Override
    public String toString() {
        return "MaskMap" + originals.keySet();
    }
}
