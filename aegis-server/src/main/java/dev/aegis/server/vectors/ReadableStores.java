package dev.aegis.server.vectors;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.vector.Readers;
import dev.aegis.api.vector.VectorCollection;
import dev.aegis.server.internal.ApiError;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The vector stores a caller may use. A vector store is a collection of the configured vector store whose key
 * is its id; its readers may see, change, search and delete it and add and remove files. Everyone else is
 * told it does not exist (404, never 403: existence is not disclosed).
 *
 * <p>Readers default to the creator's team and the creator. {@code metadata.aegis_readers} (comma-separated
 * {@code principal:ID}, {@code team:NAME}, {@code role:NAME}) sets them instead, on create or modify; the set must
 * include one of the caller's own tokens, so nobody can lock themselves out of a store they manage (an
 * administrator who wants a store for others creates it with a role or team token it also holds).
 */
final class ReadableStores {

    static final String READERS_KEY = "aegis_readers";

    private final Optional<VectorBackend> backend;
    private final String unavailable;

    /** @param unavailable why there is no backend, when there is none */
    ReadableStores(Optional<VectorBackend> backend, String unavailable) {
        this.backend = backend;
        this.unavailable = unavailable;
    }

    /** The configured backend; 501 {@code vector_stores_not_configured} without one. */
    VectorBackend backend() {
        return backend.orElseThrow(() -> new ApiError(501, "invalid_request_error", "vector_stores_not_configured", unavailable, Optional.empty()));
    }

    VectorCollection readable(Principal principal, String id) {
        VectorBackend configured = backend();
        return Optional.of(id).filter(VectorIds::isVectorStore).flatMap(configured.store()::collection)
                .filter(collection -> readableBy(collection, principal))
                .orElseThrow(() -> ApiError.notFound("vector_store_not_found", "No vector store '" + id + "' was found."));
    }

    /** Every vector store the caller may read, oldest first. */
    List<VectorCollection> readable(Principal principal) {
        return backend().store().collections().stream()
                .filter(collection -> VectorIds.isVectorStore(collection.name()) && readableBy(collection, principal))
                .sorted(java.util.Comparator.comparing(VectorCollection::createdAt).thenComparing(VectorCollection::name))
                .toList();
    }

    /** 409 {@code embedder_mismatch} when the configured embedder's vectors do not fit the store's. */
    void checkEmbedder(VectorCollection store) {
        VectorBackend configured = backend();
        if (store.dimensions() != configured.embedder().dimensions()) {
            throw new ApiError(409, "invalid_request_error", "embedder_mismatch", "The vector store holds " + store.dimensions()
                    + "-dimensional vectors; the configured embedder '" + configured.embedderName() + "' makes "
                    + configured.embedder().dimensions() + ".", Optional.empty());
        }
    }

    static boolean readableBy(VectorCollection collection, Principal principal) {
        return !Collections.disjoint(collection.readers(), Readers.of(principal));
    }

    /** The caller's default readers: its team (when it has one) and itself. */
    static Set<String> defaults(Principal principal) {
        Set<String> readers = new LinkedHashSet<>();
        readers.add(Readers.principal(principal.id()));
        if (!principal.team().isBlank()) {
            readers.add(Readers.team(principal.team()));
        }
        return readers;
    }

    /** The readers {@code metadata.aegis_readers} sets, checked; 400 when malformed or when they exclude the caller. */
    static Set<String> parse(Principal principal, String tokens) {
        Set<String> readers = new LinkedHashSet<>();
        for (String token : tokens.split(",")) {
            String trimmed = token.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                readers.add(Readers.check(trimmed));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("invalid_readers", "metadata.aegis_readers: " + e.getMessage(), "metadata." + READERS_KEY);
            }
        }
        if (readers.isEmpty()) {
            throw ApiError.badRequest("invalid_readers", "metadata.aegis_readers names no reader.", "metadata." + READERS_KEY);
        }
        if (Collections.disjoint(readers, Readers.of(principal))) {
            throw ApiError.badRequest("readers_exclude_caller", "metadata.aegis_readers must include one of your own tokens "
                    + Readers.of(principal).stream().sorted().toList() + ", or you could not manage the vector store.", "metadata." + READERS_KEY);
        }
        return readers;
    }
}
