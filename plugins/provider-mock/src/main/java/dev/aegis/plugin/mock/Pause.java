package dev.aegis.plugin.mock;

import dev.aegis.api.model.ProviderException;
import java.time.Duration;

/** The configured chunk delay. An interrupted wait ends the call like a cut connection would. */
final class Pause {

    private Pause() {}

    static void of(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Failure.FAILED, -1, "the mock provider was interrupted while waiting", e);
        }
    }
}
