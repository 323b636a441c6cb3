package dev.aegis.api.badfixture;

import dev.aegis.api.API;
import dev.aegis.kernel.config.ConfigError;

/** Fixture: a contract type depending on something outside the JDK. */
@API(status = API.Status.EXPERIMENTAL)
public final class ApiUsingTheKernel {

    public Object error() {
        return new ConfigError("path", "message");
    }
}
