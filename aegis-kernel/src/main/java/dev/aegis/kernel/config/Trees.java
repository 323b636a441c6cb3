package dev.aegis.kernel.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Jackson hands an absent tree to an {@code Optional<JsonNode>} as a null node; config records treat both as absent. */
final class Trees {

    private Trees() {}

    static Optional<JsonNode> present(Optional<JsonNode> node) {
        return node == null ? Optional.empty() : node.filter(tree -> !tree.isNull() && !tree.isMissingNode());
    }
}
