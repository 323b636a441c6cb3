package dev.aegis.pack.llmguard.onnx.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The label names of a classifier, from the {@code id2label} of the {@code config.json} that
 * Hugging Face exports put next to the model; empty when there is none, and labels go by index.
 */
final class Labels {

    private Labels() {}

    static Map<Integer, String> nextTo(Path model, String key) {
        Path config = model.toAbsolutePath().resolveSibling("config.json");
        if (!Files.isRegularFile(config)) {
            return Map.of();
        }
        try {
            JsonElement root = JsonParser.parseString(Files.readString(config, StandardCharsets.UTF_8));
            if (!root.isJsonObject() || !root.getAsJsonObject().has("id2label")) {
                return Map.of();
            }
            JsonObject names = root.getAsJsonObject().getAsJsonObject("id2label");
            Map<Integer, String> labels = new TreeMap<>();
            for (Map.Entry<String, JsonElement> entry : names.entrySet()) {
                labels.put(Integer.parseInt(entry.getKey().strip()), entry.getValue().getAsString());
            }
            return labels;
        } catch (IOException | JsonParseException | IllegalStateException | ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException(key + ".model: " + config + " next to the model has no readable id2label (" + e.getMessage() + ")");
        }
    }

    /** The index of {@code label}: a name in {@code labels}, or a number. */
    static int positive(String label, Map<Integer, String> labels, int count, String key) {
        for (Map.Entry<Integer, String> entry : labels.entrySet()) {
            if (entry.getValue().equalsIgnoreCase(label)) {
                return entry.getKey();
            }
        }
        int index;
        try {
            index = Integer.parseInt(label);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ".label: the model has no label '" + label + "'"
                    + (labels.isEmpty() ? " (no config.json with id2label next to it; give the label's index)" : "; its labels: " + labels));
        }
        if (index < 0 || (count > 0 && index >= count)) {
            throw new IllegalArgumentException(key + ".label: index " + index + " is outside the model's " + count + " labels");
        }
        return index;
    }
}
