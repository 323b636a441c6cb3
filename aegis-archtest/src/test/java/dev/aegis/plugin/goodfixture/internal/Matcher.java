package dev.aegis.plugin.goodfixture.internal;

/** Fixture: a helper in the good plugin's own sub-package. */
public record Matcher(String needle) {

    public boolean matches(String text) {
        return text.contains(needle);
    }
}
