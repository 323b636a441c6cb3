package dev.aegis.api.state;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;

/**
 * A piece of text retrieved for the run and given to the model as data, never as instructions: the
 * route's ingress guards scan it as {@link dev.aegis.api.guard.ScanTarget#RAG_CHUNK} (masking it,
 * blocking on it) before the model sees it, and its citation is reported with the answer.
 *
 * @param id the chunk's id in its store
 * @param collection the collection it came from
 * @param document the document it was cut from
 * @param chunk its position in the document, from 0
 * @param text what the model is given, after the guards that ran so far
 * @param score its retrieval score (comparable within one retrieval only)
 */
@API(status = API.Status.EXPERIMENTAL)
public record Passage(String id, String collection, String document, int chunk, String text, double score) {

    public Passage {
        requireNonNull(id, "id");
        requireNonNull(collection, "collection");
        requireNonNull(document, "document");
        requireNonNull(text, "text");
    }

    public Passage withText(String newText) {
        return new Passage(id, collection, document, chunk, newText, score);
    }
}
