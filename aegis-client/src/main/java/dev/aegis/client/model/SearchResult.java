package dev.aegis.client.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A chunk of a collection's file that matched a search, best first. */
public record SearchResult(String fileId, String filename, double score, Map<String, Object> attributes, List<Content> content) {

    public SearchResult {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(filename, "filename");
        attributes = Map.copyOf(Objects.requireNonNullElse(attributes, Map.of()));
        content = List.copyOf(Objects.requireNonNullElse(content, List.of()));
    }

    /** The matched text. */
    public String text() {
        return content.stream().map(Content::text).collect(Collectors.joining("\n"));
    }

    public record Content(String type, String text) {}
}
