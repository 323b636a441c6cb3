package dev.aegis.plugin.openai;

import java.util.function.Supplier;

/**
 * Runs code with this plugin's class loader as the thread's context loader. Helidon finds its
 * providers with {@code ServiceLoader} on the context loader; in the gateway that is the host's
 * loader, which would miss the plugin's own Helidon or hand back the server's copy of it.
 */
final class OwnContextClassLoader {

    private OwnContextClassLoader() {}

    static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OwnContextClassLoader.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
