package dev.aegis.pack.llmguard.injection.internal;

import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;

/** The rules and the weights shipped in the pack, read once per class loader and shared by every guard. */
final class PackagedLayers {

    static final Heuristics HEURISTICS = Heuristics.standard();
    static final LinearModel CLASSIFIER = LinearModel.standard();

    private PackagedLayers() {}
}
