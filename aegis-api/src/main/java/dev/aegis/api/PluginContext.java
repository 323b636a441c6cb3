package dev.aegis.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What a factory may know about the place its instance is created in. */
@API(status = API.Status.STABLE)
public interface PluginContext {

    /** The configuration entry's name (a provider's key, a guard's type, …). */
    String instanceName();

    /** Free-form labels the operator put on the entry, e.g. a provider's {@code region}. */
    Map<String, String> labels();

    /** A directory the instance may keep files in (embedded stores). Created on demand. */
    Path dataDirectory();

    Clock clock();
}
