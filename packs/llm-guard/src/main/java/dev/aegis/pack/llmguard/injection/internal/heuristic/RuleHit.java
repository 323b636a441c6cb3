package dev.aegis.pack.llmguard.injection.internal.heuristic;

/** A rule that matched, and where in the folded text. */
public record RuleHit(String rule, double weight, int start, int end) {}
