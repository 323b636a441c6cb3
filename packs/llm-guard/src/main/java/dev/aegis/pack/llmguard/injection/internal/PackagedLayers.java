package dev.aegis.pack.llmguard.injection.internal;

import dev.aegis.pack.llmguard.injection.internal.embedding.Exemplars;
import dev.aegis.pack.llmguard.injection.internal.heuristic.Heuristics;
import dev.aegis.pack.llmguard.injection.internal.linear.LinearModel;

/** The rules and the weights shipped in the pack, read once per class loader and shared by every guard. */
final class PackagedLayers {

    static final Heuristics HEURISTICS = Heuristics.standard();
    static final LinearModel CLASSIFIER = LinearModel.standard();

    private PackagedLayers() {}

    /** The embedding exemplars; read when the first guard with an embedding layer is built. */
    static Exemplars exemplars() {
        return ExemplarsHolder.EXEMPLARS;
    }

    private static final class ExemplarsHolder {
        static final Exemplars EXEMPLARS = Exemplars.standard();
    }
}
