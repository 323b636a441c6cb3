package dev.aegis.plugin.langchain4j;

import java.util.Map;

/** The vector length of an embedding model: declared in the config, or known for the vendor's own models. */
final class EmbeddingSizes {

    private EmbeddingSizes() {}

    /** @throws IllegalArgumentException when the model is unknown and no size is declared */
    static int of(String model, Integer declared, Map<String, Integer> known) {
        if (declared != null) {
            return declared;
        }
        // Ollama names carry a tag: nomic-embed-text:latest
        Integer size = known.get(model.contains(":") && !known.containsKey(model) ? model.substring(0, model.indexOf(':')) : model);
        if (size == null) {
            throw new IllegalArgumentException("the vector length of model '" + model + "' is not known: set 'dimensions'");
        }
        return size;
    }
}
