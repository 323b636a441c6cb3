package dev.aegis.pack.llmguard.injection.internal.embedding;

/**
 * The embedding layer with its place in the scanner: it runs when the other layers' score is at least
 * {@code low} and below {@code high} (where they are unsure), and the guard's score there becomes
 * {@code (1 - weight) * other + weight * embedding}.
 */
public record GatedEmbedding(EmbeddingLayer layer, double weight, double low, double high) {

    /** Whether a text the other layers scored {@code other} is embedded. */
    public boolean runsOn(double other) {
        return other >= low && (other < high || high >= 1);
    }

    /** The blended score. */
    public double blend(double other, double embedding) {
        return (1 - weight) * other + weight * embedding;
    }
}
