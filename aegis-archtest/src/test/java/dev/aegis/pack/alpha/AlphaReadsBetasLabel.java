package dev.aegis.pack.alpha;

import dev.aegis.pack.beta.BetaLabels;

/** Fixture: a pack importing another pack instead of reading its label from the run state. */
public final class AlphaReadsBetasLabel {

    public String label() {
        return BetaLabels.classification();
    }
}
