package dev.aegis.pack.llmguard.scanners;

import dev.aegis.api.guard.NormalizedText;
import java.util.List;

/** Checks on configured phrases, at load. */
final class Phrases {

    private Phrases() {}

    /** Fails naming {@code owner} when a phrase is nothing once normalised (only invisible characters or spaces). */
    static void requireMatchable(String owner, List<String> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            if (NormalizedText.of(phrases.get(i)).text().isBlank()) {
                throw new IllegalArgumentException(owner + ": phrase " + (i + 1) + " is empty once invisible characters and spaces are removed");
            }
        }
    }
}
