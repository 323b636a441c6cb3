package dev.aegis.api.guard;

import dev.aegis.api.API;

/** What kind of text a guard is looking at. */
@API(status = API.Status.STABLE)
public enum ScanTarget {
    /** A message the client sent (system, developer or user). */
    PROMPT,
    /** Text the model produced. */
    RESPONSE,
    /** A chunk retrieved for retrieval-augmented generation. */
    RAG_CHUNK,
    /** The arguments of a tool call the model asked for, as JSON text. */
    TOOL_ARGUMENTS,
    /** What a tool returned. */
    TOOL_RESULT
}
