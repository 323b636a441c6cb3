package dev.aegis.testkit;

/** A deterministic stand-in for a tokenizer: whitespace-separated words, at least one. */
final class Tokens {

    private Tokens() {}

    static long count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 1 : trimmed.split("\\s+").length;
    }
}
