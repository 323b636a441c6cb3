package dev.aegis.plugin.mock;

/** The mock's tokenizer: whitespace-separated words, at least one per text. */
final class Words {

    private Words() {}

    static long count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 1 : trimmed.split("\\s+").length;
    }
}
